#!/usr/bin/env python3
"""PostgreSQL restarted under load (issue 20): a private PostgreSQL instance (never the machine's
shared one) is stopped for --outage seconds and started again while incidents are declared and
steps completed. Checks: the service comes back without a restart of its own, readiness reports the
database down while it is, requests it cannot serve meanwhile answer 503 (not 500), and nothing acknowledged is lost or duplicated. Exits 1 otherwise.

  ops/rehearsals/postgres-restart.py [--outage 30] [--before 30] [--after 60] [--port 55432] [--no-build]
"""
import argparse
import sys
import threading
import time

import irp


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--outage", type=float, default=30)
    parser.add_argument("--before", type=float, default=30, help="seconds of load before the stop")
    parser.add_argument("--after", type=float, default=60, help="seconds of load after the start")
    parser.add_argument("--settle", type=float, default=120)
    parser.add_argument("--port", type=int, default=55432)
    parser.add_argument("--no-build", action="store_true")
    args = parser.parse_args()
    irp.build(args.no_build)
    irp.init_audit_key()
    pg = irp.PrivatePostgres(args.port)
    pg.start()
    pg.psql("postgres", "create database irp")
    app = irp.App("postgres-restart", irp.service_env(
        pg.jdbc("irp"), QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT="5S"), irp.ROOT / "target" / "rehearsals")
    verdict = irp.Verdict()
    verdict.figure("load average at start", irp.load_average())
    try:
        app.start_ready()
        starts = app.starts
        irp.create_responder(irp.Api(app.base_url, "admin", irp.ADMIN_PASSWORD))
        ledger = irp.Ledger()
        driver = irp.Driver(app.base_url, ledger).start()
        time.sleep(args.before)
        before = (len(ledger.incidents), len(ledger.completed))
        samples = []
        sampling = threading.Event()

        def sample_health():
            while not sampling.is_set():
                status, body = app.health("ready")
                checks = {c.get("name"): c.get("status") for c in (body or {}).get("checks", [])} \
                    if isinstance(body, dict) else {}
                samples.append((time.monotonic(), status, checks))
                time.sleep(1)

        sampler = threading.Thread(target=sample_health, daemon=True)
        sampler.start()
        pg.stop("fast")
        stopped = time.monotonic()
        irp.log(f"PostgreSQL stopped ({before[0]} incidents, {before[1]} completions so far)")
        time.sleep(args.outage)
        pg.start()
        started = time.monotonic()
        irp.log("PostgreSQL started")
        ready_again = irp.wait_until(lambda: app.health("ready")[0] == 200, 300, interval=0.5)
        recovered = time.monotonic() - started
        time.sleep(args.after)
        sampling.set()
        driver.stop()
        during = [s for s in samples if stopped + 2 <= s[0] <= started]
        down_reported = [s for s in during if s[1] == 503]
        verdict.figure("readiness samples during the outage / reporting it (503)",
                       f"{len(during)} / {len(down_reported)}")
        verdict.figure("checks reported down during the outage",
                       sorted({n for s in down_reported for n, st in s[2].items() if st == "DOWN"}))
        verdict.check(during and len(down_reported) == len(during),
                      "readiness did not report the outage in every sample while it lasted")
        verdict.figure("ready again after PostgreSQL started, s",
                       f"{recovered:.1f}" if ready_again else "never")
        verdict.check(ready_again, "the service did not become ready again")
        verdict.check(app.starts == starts and app.process.poll() is None,
                      "the service process exited or was restarted")
        verdict.figure("API calls answered / without an answer", f"{ledger.calls} / {ledger.unanswered}")
        verdict.figure("refusals by kind (during the outage)", ledger.refused)
        # A request the database cannot serve is refused with 503 (send it again), never with the
        # generic 500 that asks the caller to report a bug.
        outage = irp.summarize(ledger.answers_between(stopped, started + recovered))
        verdict.figure("answers from the stop until ready again, by action and status", outage)
        generic = {a: codes[500] for a, codes in outage.items() if 500 in codes}
        verdict.check(not generic, f"requests during the outage answered the generic 500: {generic}")
        settled = irp.open_steps_settled(app.base_url, ledger, args.settle)
        verdict.figure("open steps settled", settled)
        irp.verify_state(app.base_url, ledger, verdict)
        verdict.figure("load average at end", irp.load_average())
    finally:
        app.stop()
        pg.destroy()
    return verdict.finish("PostgreSQL restarted under load")


if __name__ == "__main__":
    sys.exit(main())
