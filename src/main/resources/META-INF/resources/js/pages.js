// Progressive enhancement for the server-rendered pages; every page works without it.
// Kept in a static file: the pages carry no inline script (a Content-Security-Policy forbids it).
(function () {
  "use strict";

  // Zoom buttons above each playbook diagram; without script the diagram scrolls at full size.
  function setupDiagrams() {
    document.querySelectorAll(".diagram-box").forEach(function (box) {
      var svg = box.querySelector("svg");
      var tools = box.parentElement.querySelector(".diagram-tools");
      if (!svg || !tools) {
        return;
      }
      var natural = parseFloat(svg.getAttribute("width")) || svg.getBoundingClientRect().width;
      var scale = 1;
      // Playbooks are wide (the large tier is over 3,500 px), so fitting one to a 390 px phone needs
      // a scale near 0.1: the floor is low enough for that, and the box still scrolls when zoomed in.
      var smallest = 0.05;
      function apply() {
        svg.setAttribute("width", String(Math.round(natural * scale)));
      }
      tools.hidden = false;
      tools.querySelector("[data-zoom=in]").addEventListener("click", function () {
        scale = Math.min(scale * 1.25, 4);
        apply();
      });
      tools.querySelector("[data-zoom=out]").addEventListener("click", function () {
        scale = Math.max(scale / 1.25, smallest);
        apply();
      });
      tools.querySelector("[data-zoom=fit]").addEventListener("click", function () {
        // The room the page gives the diagram: never more than the window is wide.
        var room = Math.min(box.getBoundingClientRect().width, document.documentElement.clientWidth);
        scale = Math.max((room - 32) / natural, smallest);
        apply();
      });
    });
  }

  // Countdowns: an element with data-deadline (ISO instant) shows the time left, updated each minute.
  function setupCountdowns() {
    var items = document.querySelectorAll("[data-deadline]");
    if (items.length === 0) {
      return;
    }
    function render() {
      var now = Date.now();
      items.forEach(function (el) {
        var left = Date.parse(el.getAttribute("data-deadline")) - now;
        var minutes = Math.round(Math.abs(left) / 60000);
        var text = Math.floor(minutes / 60) + "h " + (minutes % 60) + "m";
        el.textContent = left >= 0 ? text : "-" + text;
      });
    }
    render();
    setInterval(render, 60000);
  }

  document.addEventListener("DOMContentLoaded", function () {
    setupDiagrams();
    setupCountdowns();
  });
})();
