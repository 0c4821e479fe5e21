#!/usr/bin/env python3
"""Every notification receiver down (issue 20): three webhook receivers fail for --outage seconds
(one refuses connections, one answers 500, one 429 with Retry-After) while --incidents incidents are
declared, and a fourth answers 400 throughout. Afterwards every task notice to the first three is
delivered exactly once, no retry came before a Retry-After, and only the fourth has dead letters.
Exits 1 when any check fails.

  ops/rehearsals/receivers-down.py [--incidents 200] [--outage 300] [--retry-after 120] [--drain 900] [--no-build]
"""
import argparse
import sys
import time

import irp
from receivers import Receiver

FAILING = {"refused": Receiver.REFUSE, "error": Receiver.ERROR, "limited": Receiver.LIMIT}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--incidents", type=int, default=200)
    parser.add_argument("--outage", type=float, default=300)
    parser.add_argument("--retry-after", type=int, default=120)
    parser.add_argument("--drain", type=float, default=900,
                        help="seconds to wait after the outage for every notice to arrive")
    parser.add_argument("--no-build", action="store_true")
    args = parser.parse_args()
    irp.build(args.no_build)
    irp.init_audit_key()
    receivers = {name: Receiver(name, irp.free_port(), mode, args.retry_after)
                 for name, mode in FAILING.items()}
    receivers["gone"] = Receiver("gone", irp.free_port(), Receiver.GONE)
    channels = {}
    for name, receiver in receivers.items():
        upper = name.upper()
        channels[f"IRP_NOTIFY_CHANNELS_{upper}_TYPE"] = "webhook"
        channels[f"IRP_NOTIFY_CHANNELS_{upper}_URL"] = receiver.url
        channels[f"IRP_NOTIFY_CHANNELS_{upper}_SECRET"] = "whsec_" + irp.base64.b64encode(
            irp.os.urandom(32)).decode()
    pg = irp.Postgres()
    database = "irp_rehearsal_receivers"
    pg.create(database)
    env = irp.service_env(
        pg.jdbc(database), IRP_NOTIFY_ALLOW_HOSTS="127.0.0.1", IRP_PUBLIC_URL="http://localhost:8080",
        IRP_INBOX_NOTIFY_CHANNELS=",".join(receivers), **channels)
    app = irp.App("receivers", env, irp.ROOT / "target" / "rehearsals")
    verdict = irp.Verdict()
    verdict.figure("load average at start", irp.load_average())
    try:
        app.start_ready()
        admin = irp.Api(app.base_url, "admin", irp.ADMIN_PASSWORD)
        irp.create_responder(admin)
        ledger = irp.Ledger()
        outage_started = time.monotonic()
        # Declarations spread over the outage; nobody works the steps, so each incident's first
        # steps (and their notices) are the load.
        every = max(0.1, args.outage * 0.8 / args.incidents)
        driver = irp.Driver(app.base_url, ledger, declare_every=every, workers=0,
                            max_incidents=args.incidents).start()
        while time.monotonic() - outage_started < args.outage:
            time.sleep(5)
        for receiver in receivers.values():
            if receiver.name != "gone":
                receiver.set_mode(Receiver.OK)
        back = time.monotonic()
        during_outage = len(ledger.incidents)
        irp.log(f"receivers back after {back - outage_started:.0f} s; "
                f"{during_outage} incidents declared")
        # The pause is between declarations, so on a busy machine (a declaration took seconds at a
        # load average of 12) not all of them fit in the outage: let the driver finish them.
        irp.wait_until(lambda: driver.declared >= args.incidents, args.drain, interval=1)
        driver.stop()
        verdict.figure("incidents declared during the outage / after it",
                       f"{during_outage} / {len(ledger.incidents) - during_outage}")

        def settled():
            return not unsettled(admin)

        drained = irp.wait_until(settled, args.drain, interval=5)
        verdict.figure("all notices settled after the outage, s",
                       f"{time.monotonic() - back:.0f}" if drained else f"not within {args.drain:.0f}")
        time.sleep(5)  # a few more dispatcher passes: a second delivery would show now
        rows = notifications(admin, ledger)
        by_channel = {}
        for row in rows:
            by_channel.setdefault(row["channel"], {}).setdefault(row["status"], 0)
            by_channel[row["channel"]][row["status"]] += 1
        verdict.figure("incidents declared (acknowledged)", len(ledger.incidents))
        verdict.figure("outbox by channel and status", by_channel)
        for name, receiver in receivers.items():
            mine = [r for r in rows if r["channel"] == name]
            delivered = receiver.delivered()
            attempts = sum(len(t) for t in receiver.attempts.values())
            verdict.figure(f"{name}: notices / attempts received / max attempts per notice",
                           f"{len(mine)} / {attempts} / "
                           f"{max((r['attempts'] for r in mine), default=0)}")
            if name == "gone":
                verdict.check(all(r["status"] == "DEAD" for r in mine),
                              "a notice to the 400 receiver was not dead-lettered")
                verdict.check(not any(delivered.values()), "the 400 receiver got a delivery")
                continue
            dead = [r["id"] for r in mine if r["status"] == "DEAD"]
            verdict.check(not dead, f"{name}: {len(dead)} dead letter(s) for a passing outage: {dead[:5]}")
            missing = [r["id"] for r in mine if delivered.get(r["id"], 0) == 0]
            twice = {i: n for i, n in delivered.items() if n > 1}
            verdict.check(not missing, f"{name}: {len(missing)} notice(s) never arrived: {missing[:5]}")
            verdict.check(not twice, f"{name}: {len(twice)} notice(s) arrived more than once: "
                                     f"{list(twice.items())[:5]}")
            unknown = set(delivered) - {r["id"] for r in mine}
            verdict.check(not unknown, f"{name}: deliveries the outbox does not know: {list(unknown)[:5]}")
        violations = receivers["limited"].retry_after_violations()
        verdict.figure("retries sooner than Retry-After", len(violations))
        verdict.check(not violations, f"Retry-After not honoured: {violations[:5]}")
        verdict.check(len(ledger.incidents) == args.incidents,
                      f"only {len(ledger.incidents)} of {args.incidents} declarations acknowledged")
        verdict.figure("load average at end", irp.load_average())
    finally:
        app.stop()
        for receiver in receivers.values():
            receiver.close()
        pg.drop(database)
    return verdict.finish("Every notification receiver down")


def unsettled(admin):
    """Notices still waiting for a (re)try or being sent."""
    return [r for status in ("PENDING", "SENDING")
            for r in admin.get(f"/api/notifications?status={status}&limit=1000")]


def notifications(admin, ledger):
    """Every outbox row of the rehearsal's incidents, read per incident (the list is capped)."""
    rows = []
    for incident_id in sorted(ledger.incidents):
        rows += admin.get(f"/api/notifications?incident={incident_id}&limit=1000")
    return [r for r in rows if r["channel"] in ("refused", "error", "limited", "gone")]


if __name__ == "__main__":
    sys.exit(main())
