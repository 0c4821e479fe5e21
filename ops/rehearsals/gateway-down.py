#!/usr/bin/env python3
"""Camunda gateway unreachable (issue 20): the service runs against an external engine (the
embedded engine as a separate engine-only process), which is stopped for --outage seconds while
incidents are declared and steps worked. Checks: declarations during the outage answer 202
PENDING_START and all start once the engine is back; the inbox keeps answering (lists and
ticks), completions are recorded and passed on once the engine is back, and what needs the engine
there and then (a claim tells the engine who holds the task) says the engine is unreachable;
readiness reports the gateway down; nothing acknowledged is lost or duplicated. Exits 1 otherwise.

  ops/rehearsals/gateway-down.py [--outage 120] [--before 30] [--after 60] [--no-build]
"""
import argparse
import sys
import time

import irp


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--outage", type=float, default=120)
    parser.add_argument("--before", type=float, default=30)
    parser.add_argument("--after", type=float, default=60)
    parser.add_argument("--settle", type=float, default=180)
    parser.add_argument("--no-build", action="store_true")
    args = parser.parse_args()
    irp.build(args.no_build)
    irp.init_audit_key()
    pg = irp.Postgres()
    database = "irp_rehearsal_gateway"
    pg.create(database)
    grpc, rest = irp.free_port(), irp.free_port()
    gateway = f"http://127.0.0.1:{grpc}"
    workdir = irp.ROOT / "target" / "rehearsals"
    engine = irp.App("gateway-engine", irp.service_env(
        pg.jdbc(database), IRP_SERVICE_ENABLED="false", IRP_ENGINE_PORT=grpc,
        IRP_ENGINE_REST_PORT=rest, IRP_CAMUNDA_GRPC_ADDRESS=gateway), workdir)
    service = irp.App("gateway-service", irp.service_env(
        pg.jdbc(database), IRP_ENGINE_ENABLED="false", IRP_CAMUNDA_GRPC_ADDRESS=gateway,
        IRP_CAMUNDA_REST_ADDRESS=f"http://127.0.0.1:{rest}"), workdir)
    verdict = irp.Verdict()
    verdict.figure("load average at start", irp.load_average())
    try:
        engine.start_ready()
        service.start_ready()
        irp.create_responder(irp.Api(service.base_url, "admin", irp.ADMIN_PASSWORD))
        ledger = irp.Ledger()
        driver = irp.Driver(service.base_url, ledger).start()
        time.sleep(args.before)
        engine.stop()
        stopped = time.monotonic()
        irp.log(f"engine stopped ({len(ledger.incidents)} incidents so far)")
        ready_codes = []
        while time.monotonic() - stopped < args.outage:
            ready_codes.append(service.health("ready")[0])
            time.sleep(2)
        _, ready_body = service.health("ready")
        engine.start_ready()
        back = time.monotonic()
        irp.log("engine back")
        time.sleep(args.after)
        driver.stop()
        # A few seconds after the stop the client notices; judge the outage after that.
        during = ledger.answers_between(stopped + 10, back)
        summary = irp.summarize(during)
        verdict.figure("answers during the outage, by action and status", summary)
        declared = summary.get("declare", {})
        verdict.check(declared and set(declared) == {202},
                      f"declarations during the outage answered {declared}, not only 202")
        for action in ("list tasks", "tick"):
            codes = summary.get(action, {})
            verdict.check(codes and all(c < 500 for c in codes),
                          f"the inbox's {action} failed during the outage: {codes}")
        # Since the inbox moved to Camunda user tasks (issue 18) a claim tells the engine who holds
        # the task before it commits, so it cannot succeed while the engine is away; it must say so.
        # A completion is recorded and sent once the engine is back (TaskCompletion), so it answers
        # 200. 409s are two responders racing for one step, not the outage.
        for action in ("claim", "complete"):
            failed = [body for _, a, status, body in during if a == action and status >= 500]
            silent = [b for b in failed if not names_engine(b)]
            verdict.figure(f"{action}s failed during the outage / saying the engine is unreachable",
                           f"{len(failed)} / {len(failed) - len(silent)}")
            if failed:
                verdict.figure(f"a failed {action}", failed[0])
            verdict.check(not silent, f"{len(silent)} {action}(s) failed during the outage without"
                                      f" saying the engine is unreachable: {silent[:1]}")
        verdict.check(summary.get("complete", {}).get(200),
                      "no completion was accepted during the outage (the inbox records them for later)")
        verdict.check(any(c == 503 for c in ready_codes),
                      f"readiness never reported the gateway down: {ready_codes}")
        verdict.figure("readiness during the outage (last body)", ready_body)
        pending = sum(1 for s in ledger.incidents.values() if s == "PENDING_START")
        verdict.figure("declarations answered PENDING_START", pending)
        started_at = time.monotonic()
        settled = irp.open_steps_settled(service.base_url, ledger, args.settle)
        verdict.figure("all pending incidents started and steps open after the engine returned, s",
                       f"{time.monotonic() - started_at + args.after:.0f}" if settled else "not settled")
        irp.verify_state(service.base_url, ledger, verdict)
        verdict.figure("load average at end", irp.load_average())
    finally:
        service.stop()
        engine.stop()
        pg.drop(database)
    return verdict.finish("Camunda gateway unreachable")


def names_engine(body):
    text = str(body).lower()
    return any(word in text for word in ("engine", "gateway", "camunda"))


if __name__ == "__main__":
    sys.exit(main())
