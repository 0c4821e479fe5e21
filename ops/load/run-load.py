#!/usr/bin/env python3
"""Load test (issue 20, point 5): the packaged service on PostgreSQL with its embedded engine, 50
simulated responders (Gatling, ResponderSimulation) working the steps of 200 active incidents for 10
minutes. Prints request p50 / p95 / p99 per endpoint, errors, and the service's CPU and resident
memory sampled from /proc. Exits 1 when a request failed.

  ops/load/run-load.py [--responders 50] [--incidents 200] [--duration 600] [--no-build]
"""
import argparse
import json
import subprocess
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "rehearsals"))
import irp  # noqa: E402

HERE = Path(__file__).resolve().parent


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--responders", type=int, default=50)
    parser.add_argument("--incidents", type=int, default=200)
    parser.add_argument("--duration", type=int, default=600)
    parser.add_argument("--think-min-ms", type=int, default=500)
    parser.add_argument("--think-max-ms", type=int, default=1500)
    parser.add_argument("--no-build", action="store_true")
    args = parser.parse_args()
    irp.build(args.no_build)
    irp.init_audit_key()
    pg = irp.Postgres()
    database = "irp_load"
    pg.create(database)
    app = irp.App("load", irp.service_env(pg.jdbc(database)), irp.ROOT / "target" / "load")
    samples = []
    stop = threading.Event()
    try:
        # Retries a start that dies and waits as long as the rehearsals do on a busy machine.
        app.start_ready()
        print(f"load average at start: {irp.load_average()}")

        def sample():
            while not stop.is_set():
                try:
                    samples.append((time.monotonic(), app.cpu_seconds(), app.rss_mib(),
                                    float(irp.load_average()[0])))
                except OSError:
                    pass
                stop.wait(5)

        threading.Thread(target=sample, daemon=True).start()
        gatling_log = irp.ROOT / "target" / "load" / "gatling.log"
        began = time.monotonic()
        with open(gatling_log, "w") as out:
            result = subprocess.run(
                [str(irp.ROOT / "mvnw"), "-s", str(irp.ROOT / ".mvn" / "settings.xml"), "-B",
                 "-f", str(HERE / "pom.xml"), "gatling:test",
                 f"-Dload.baseUrl={app.base_url}", f"-Dload.adminPassword={irp.ADMIN_PASSWORD}",
                 f"-Dload.responders={args.responders}", f"-Dload.incidents={args.incidents}",
                 f"-Dload.durationSeconds={args.duration}",
                 f"-Dload.thinkMinMillis={args.think_min_ms}",
                 f"-Dload.thinkMaxMillis={args.think_max_ms}"],
                cwd=HERE, stdout=out, stderr=subprocess.STDOUT)
        ended = time.monotonic()
        stop.set()
        print(f"load average at end: {irp.load_average()}")
        print(f"Gatling exited with {result.returncode} after {ended - began:.0f} s ({gatling_log})")
        report = sorted((HERE / "target" / "gatling").glob("*/js/stats.json"))[-1]
        failed = print_figures(json.loads(report.read_text()), samples, ended - args.duration, ended)
        print(f"report: {report.parent.parent / 'index.html'}")
        return 1 if failed or result.returncode != 0 else 0
    finally:
        stop.set()
        app.stop()
        pg.drop(database)


def print_figures(stats, samples, window_start, window_end):
    print()
    print("| request | count | errors | p50 ms | p95 ms | p99 ms | max ms |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    failed = 0
    rows = [stats] + list(stats.get("contents", {}).values())
    for node in rows:
        s = node["stats"]
        count, ko = s["numberOfRequests"]["total"], s["numberOfRequests"]["ko"]
        if node is not stats:
            failed += ko
        print(f"| {s['name']} | {count} | {ko} | {s['percentiles1']['total']} | "
              f"{s['percentiles3']['total']} | {s['percentiles4']['total']} | "
              f"{s['maxResponseTime']['total']} |")
    window = [x for x in samples if window_start <= x[0] <= window_end]
    if len(window) >= 2:
        cpu = (window[-1][1] - window[0][1]) / (window[-1][0] - window[0][0]) * 100
        peak = max((b[1] - a[1]) / (b[0] - a[0]) * 100 for a, b in zip(window, window[1:]))
        rss = [x[2] for x in window]
        print()
        print(f"service CPU over the responders' window: {cpu:.0f} % of one core on average, "
              f"{peak:.0f} % in the busiest 5 s")
        print(f"service resident memory: {min(rss):.0f} to {max(rss):.0f} MiB (end {rss[-1]:.0f} MiB)")
        # The machine is shared: say how busy it was, or the figures cannot be judged.
        load = [x[3] for x in window]
        print(f"machine load average (1 min) over the window: {min(load):.1f} to {max(load):.1f}, "
              f"mean {sum(load) / len(load):.1f}")
    return failed


if __name__ == "__main__":
    sys.exit(main())
