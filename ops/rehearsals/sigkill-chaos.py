#!/usr/bin/env python3
"""SIGKILL chaos harness (issue 18): kill the service with SIGKILL at random moments while
incidents are declared and steps completed, restart it, repeat; then check that every acknowledged
incident is ACTIVE with its open steps, no step is open twice, no acknowledged completion is lost,
no incident stays STARTING and the audit chain verifies. Exits 1 when any check fails.

  ops/rehearsals/sigkill-chaos.py [--kills 20] [--min-gap 3] [--max-gap 15] [--settle 120] [--no-build]
"""
import argparse
import random
import sys
import time

import irp


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--min-gap", type=float, default=3,
                        help="seconds of load after the first answer before a kill, at least")
    parser.add_argument("--max-gap", type=float, default=15, help="... and at most")
    parser.add_argument("--settle", type=float, default=120,
                        help="seconds after the last restart for open steps to reappear")
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--no-build", action="store_true")
    args = parser.parse_args()
    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    rng = random.Random(seed)
    irp.build(args.no_build)
    irp.init_audit_key()
    pg = irp.Postgres()
    database = "irp_rehearsal_chaos"
    pg.create(database)
    app = irp.App("chaos", irp.service_env(pg.jdbc(database)), irp.ROOT / "target" / "rehearsals")
    verdict = irp.Verdict()
    verdict.figure("load average at start", irp.load_average())
    verdict.figure("seed", seed)
    try:
        app.start_ready()
        irp.create_responder(irp.Api(app.base_url, "admin", irp.ADMIN_PASSWORD))
        ledger = irp.Ledger()
        driver = irp.Driver(app.base_url, ledger).start()
        restarts = []
        for kill in range(1, args.kills + 1):
            # The gap counts from the first answer after the (re)start, so every kill lands while
            # requests are being answered, however slowly a busy machine warms the JVM up.
            answered = ledger.calls
            irp.wait_until(lambda: ledger.calls > answered, 180, interval=0.2)
            time.sleep(rng.uniform(args.min_gap, args.max_gap))
            app.kill9()
            irp.log(f"kill {kill}/{args.kills}: {len(ledger.incidents)} incidents and "
                    f"{len(ledger.completed)} completions acknowledged so far")
            restarts.append(app.start_ready())
        time.sleep(rng.uniform(args.min_gap, args.max_gap))
        driver.stop()
        irp.log(f"load stopped; waiting up to {args.settle:.0f} s for open steps to settle")
        settled_at = time.monotonic()
        settled = irp.open_steps_settled(app.base_url, ledger, args.settle)
        verdict.figure("settled", f"{settled} after {time.monotonic() - settled_at:.0f} s")
        verdict.figure("kills", args.kills)
        verdict.figure("restart to ready, s (min / median / max)",
                       f"{min(restarts):.1f} / {sorted(restarts)[len(restarts) // 2]:.1f} / {max(restarts):.1f}")
        verdict.figure("starts that died before ready and were retried", app.failed_starts)
        verdict.figure("API calls answered", ledger.calls)
        verdict.figure("calls without an answer (service down)", ledger.unanswered)
        verdict.figure("refusals by kind", ledger.refused)
        irp.verify_state(app.base_url, ledger, verdict, allowed_statuses=("ACTIVE", "CLOSED"))
        verdict.figure("load average at end", irp.load_average())
    finally:
        app.stop()
        pg.drop(database)
    return verdict.finish("SIGKILL chaos")


if __name__ == "__main__":
    sys.exit(main())
