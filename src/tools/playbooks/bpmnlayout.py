"""Tiny BPMN writer with a grid layout: every element sits in a (column, row) cell.

Used by generate_playbooks.py. Writes what Camunda Modeler writes: process XML plus
diagram interchange (shapes, edges, labels), so the files open readable in the Modeler.
"""
from xml.sax.saxutils import escape, quoteattr

COL_W, ROW_H, X0, Y0 = 170, 130, 160, 120
SIZES = {"start": (36, 36), "end": (36, 36), "xor": (50, 50), "and": (50, 50), "boundary": (36, 36)}
TASK = (100, 80)


def q(s):
    return quoteattr(s)


class Process:
    def __init__(self, pid, name, doc):
        self.pid, self.name, self.doc = pid, name, doc
        self.nodes = {}   # id -> dict
        self.order = []
        self.flows = []   # dicts

    def node(self, nid, kind, name, col, row, **kw):
        assert nid not in self.nodes, nid
        n = dict(id=nid, kind=kind, name=name, col=col, row=row, **kw)
        self.nodes[nid] = n
        self.order.append(nid)
        return nid

    def flow(self, src, tgt, name=None, cond=None, default=False):
        fid = "flow-%s-to-%s" % (src, tgt)
        self.flows.append(dict(id=fid, src=src, tgt=tgt, name=name, cond=cond))
        if default:
            self.nodes[src]["default"] = fid
        return fid

    def chain(self, *ids):
        for a, b in zip(ids, ids[1:]):
            self.flow(a, b)

    # ------------------------------------------------------------------ geometry
    def bounds(self, nid):
        n = self.nodes[nid]
        if n["kind"] == "boundary":
            hx, hy, hw, hh = self.bounds(n["attachedTo"])
            return (hx + hw - 30 - 18, hy + hh - 18, 36, 36)
        w, h = SIZES.get(n["kind"], TASK)
        cx, cy = X0 + n["col"] * COL_W, Y0 + n["row"] * ROW_H
        return (cx - w // 2, cy - h // 2, w, h)

    def center(self, nid):
        x, y, w, h = self.bounds(nid)
        return x + w // 2, y + h // 2

    def waypoints(self, f):
        s, t = self.nodes[f["src"]], self.nodes[f["tgt"]]
        sx, sy, sw, sh = self.bounds(f["src"])
        tx, ty, tw, th = self.bounds(f["tgt"])
        scx, scy = sx + sw // 2, sy + sh // 2
        tcx, tcy = tx + tw // 2, ty + th // 2
        if s["kind"] == "boundary":
            return [(scx, sy + sh), (scx, ty)] if abs(scx - tcx) < tw // 2 else [(scx, sy + sh), (scx, tcy), (tx, tcy)]
        if scy == tcy:
            return [(sx + sw, scy), (tx, tcy)]
        if scx == tcx:
            return [(scx, sy + sh), (tcx, ty)] if tcy > scy else [(scx, sy), (tcx, ty + th)]
        if s["kind"] in ("xor", "and") and t["kind"] in ("xor", "and") and tcy < scy:  # branch back up to a join
            return [(sx + sw, scy), (tcx, scy), (tcx, ty + th)]
        if s["kind"] in ("xor", "and"):  # split: leave through the bottom/top, then along the row
            return [(scx, sy + sh), (scx, tcy), (tx, tcy)] if tcy > scy else [(scx, sy), (scx, tcy), (tx, tcy)]
        if t["kind"] in ("xor", "and"):  # join: along the row, then into the bottom/top
            return [(sx + sw, scy), (tcx, scy), (tcx, ty + th)] if scy > tcy else [(sx + sw, scy), (tcx, scy), (tcx, ty)]
        mx = (sx + sw + tx) // 2
        return [(sx + sw, scy), (mx, scy), (mx, tcy), (tx, tcy)]

    # ------------------------------------------------------------------ XML
    def xml_nodes(self):
        out = []
        inc = {nid: [] for nid in self.nodes}
        outg = {nid: [] for nid in self.nodes}
        for f in self.flows:
            outg[f["src"]].append(f["id"])
            inc[f["tgt"]].append(f["id"])
        for nid in self.order:
            n = self.nodes[nid]
            tag = {"start": "startEvent", "end": "endEvent", "xor": "exclusiveGateway", "and": "parallelGateway",
                   "user": "userTask", "service": "serviceTask", "call": "callActivity",
                   "rule": "businessRuleTask", "boundary": "boundaryEvent"}[n["kind"]]
            attrs = " id=%s" % q(nid) + (" name=%s" % q(n["name"]) if n["name"] else "")
            if n.get("default"):
                attrs += " default=%s" % q(n["default"])
            if n["kind"] == "boundary":
                attrs += ' cancelActivity="false" attachedToRef=%s' % q(n["attachedTo"])
            body = []
            if n.get("doc"):
                body.append("<bpmn:documentation>%s</bpmn:documentation>" % escape(n["doc"]))
            ext = extension(n)
            if ext:
                body.append("<bpmn:extensionElements>\n" + "\n".join(indent(e, 2) for e in ext) + "\n</bpmn:extensionElements>")
            body += ["<bpmn:incoming>%s</bpmn:incoming>" % i for i in inc[nid]]
            body += ["<bpmn:outgoing>%s</bpmn:outgoing>" % o for o in outg[nid]]
            if n.get("mi"):
                mi = n["mi"]
                extra = ""
                if mi.get("outputCollection"):
                    extra = " outputCollection=%s outputElement=%s" % (q(mi["outputCollection"]), q(mi["outputElement"]))
                body.append('<bpmn:multiInstanceLoopCharacteristics isSequential="%s">\n'
                            '  <bpmn:extensionElements>\n'
                            '    <zeebe:loopCharacteristics inputCollection=%s inputElement=%s%s />\n'
                            '  </bpmn:extensionElements>\n'
                            '</bpmn:multiInstanceLoopCharacteristics>'
                            % ("true" if mi.get("sequential") else "false", q(mi["inputCollection"]), q(mi["inputElement"]), extra))
            if n["kind"] == "boundary":
                body.append('<bpmn:timerEventDefinition id=%s>\n  <bpmn:timeDuration xsi:type="bpmn:tFormalExpression">%s</bpmn:timeDuration>\n</bpmn:timerEventDefinition>'
                            % (q("timer-" + nid), escape(n["timer"])))
            inner = "\n".join(body)
            out.append("<bpmn:%s%s>\n%s\n</bpmn:%s>" % (tag, attrs, indent(inner, 2), tag))
        for f in self.flows:
            attrs = "id=%s sourceRef=%s targetRef=%s" % (q(f["id"]), q(f["src"]), q(f["tgt"]))
            if f["name"]:
                attrs += " name=%s" % q(f["name"])
            if f["cond"]:
                out.append('<bpmn:sequenceFlow %s>\n  <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">%s</bpmn:conditionExpression>\n</bpmn:sequenceFlow>'
                           % (attrs, escape(f["cond"])))
            else:
                out.append("<bpmn:sequenceFlow %s />" % attrs)
        return out

    def xml_di(self):
        out = []
        for nid in self.order:
            n = self.nodes[nid]
            x, y, w, h = self.bounds(nid)
            extra = ' isMarkerVisible="true"' if n["kind"] == "xor" else ""
            s = '<bpmndi:BPMNShape id=%s bpmnElement=%s%s>\n  <dc:Bounds x="%d" y="%d" width="%d" height="%d" />' % (
                q(nid + "_di"), q(nid), extra, x, y, w, h)
            if n["kind"] in ("start", "end", "xor", "and", "boundary") and n["name"]:
                lw = 120
                # gateways: label above, where no flow leaves; events: label below, as the Modeler puts it
                ly = y - 32 if n["kind"] in ("xor", "and") else y + h + 5
                s += '\n  <bpmndi:BPMNLabel>\n    <dc:Bounds x="%d" y="%d" width="%d" height="27" />\n  </bpmndi:BPMNLabel>' % (
                    x + w // 2 - lw // 2, ly, lw)
            s += "\n</bpmndi:BPMNShape>"
            out.append(s)
        for f in self.flows:
            pts = self.waypoints(f)
            e = '<bpmndi:BPMNEdge id=%s bpmnElement=%s>\n' % (q(f["id"] + "_di"), q(f["id"]))
            e += "\n".join('  <di:waypoint x="%d" y="%d" />' % p for p in pts)
            if f["name"]:
                (ax, ay), (bx, by) = pts[0], pts[1]
                e += '\n  <bpmndi:BPMNLabel>\n    <dc:Bounds x="%d" y="%d" width="60" height="14" />\n  </bpmndi:BPMNLabel>' % (
                    min(ax, bx) + 6, min(ay, by) + 4)
            e += "\n</bpmndi:BPMNEdge>"
            out.append(e)
        return out

    def to_xml(self):
        head = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" '
                'xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" '
                'xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
                'xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" xmlns:modeler="http://camunda.org/schema/modeler/1.0" '
                'id=%s targetNamespace="http://bpmn.io/schema/bpmn" exporter="Camunda Modeler" exporterVersion="5.40.0" '
                'modeler:executionPlatform="Camunda Cloud" modeler:executionPlatformVersion="8.8.0">\n' % q("Definitions_" + self.pid))
        proc = '  <bpmn:process id=%s name=%s isExecutable="true">\n' % (q(self.pid), q(self.name))
        proc += indent("<bpmn:documentation>%s</bpmn:documentation>" % escape(self.doc), 4) + "\n"
        proc += "\n".join(indent(x, 4) for x in self.xml_nodes()) + "\n  </bpmn:process>\n"
        di = ('  <bpmndi:BPMNDiagram id=%s>\n    <bpmndi:BPMNPlane id=%s bpmnElement=%s>\n'
              % (q("BPMNDiagram_" + self.pid), q("BPMNPlane_" + self.pid), q(self.pid)))
        di += "\n".join(indent(x, 6) for x in self.xml_di()) + "\n    </bpmndi:BPMNPlane>\n  </bpmndi:BPMNDiagram>\n"
        return head + proc + di + "</bpmn:definitions>\n"


def indent(text, n):
    return "\n".join((" " * n + line) if line else line for line in text.split("\n"))


def extension(n):
    ext = []
    k = n["kind"]
    if k == "user":
        ext.append("<zeebe:assignmentDefinition candidateGroups=%s />" % q(n["groups"]))
        if n.get("due"):
            ext.append("<zeebe:taskSchedule dueDate=%s />" % q(n["due"]))
    if k == "service":
        ext.append("<zeebe:taskDefinition type=%s retries=\"3\" />" % q(n["type"]))
    if k == "rule":
        ext.append("<zeebe:calledDecision decisionId=%s resultVariable=%s />" % (q(n["decision"]), q(n["result"])))
    if k == "call":
        ext.append("<zeebe:calledElement processId=%s propagateAllChildVariables=%s />"
                   % (q(n["process"]), q("true" if n.get("propagateChild", True) else "false")))
    if n.get("inputs"):
        ext.append("<zeebe:ioMapping>\n" + "\n".join(
            "  <zeebe:input source=%s target=%s />" % (q(src), q(tgt)) for tgt, src in n["inputs"]) + "\n</zeebe:ioMapping>")
    headers = list(n.get("headers", []))
    for i, item in enumerate(n.get("checklist", []), 1):
        headers.append(("checklist.%d" % i, item))
    if n.get("twoPerson"):
        headers.append(("requires-two-person", "true"))
    if headers:
        ext.append("<zeebe:taskHeaders>\n" + "\n".join(
            "  <zeebe:header key=%s value=%s />" % (q(a), q(b)) for a, b in headers) + "\n</zeebe:taskHeaders>")
    return ext
