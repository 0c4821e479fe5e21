#!/usr/bin/env python3
"""Backup and restore (issue 20): pg_dump while incidents are declared and steps completed, restore
the dump into a new database, start the service on it. Checks: it becomes ready (the engine replayed
its log), the audit trail verifies, every incident in the backup is ACTIVE with its open steps (none
twice), and a restored open step can be completed and the playbook moves on. Exits 1 otherwise.

  ops/rehearsals/backup-restore.py [--before 60] [--steps 5] [--no-build]
"""
import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import irp


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--before", type=float, default=60, help="seconds of load before the dump")
    parser.add_argument("--steps", type=int, default=5, help="restored steps to complete afterwards")
    parser.add_argument("--settle", type=float, default=120)
    parser.add_argument("--no-build", action="store_true")
    args = parser.parse_args()
    irp.build(args.no_build)
    irp.init_audit_key()
    pg = irp.Postgres()
    source, target = "irp_rehearsal_backup", "irp_rehearsal_restored"
    pg.create(source)
    pg.drop(target)
    workdir = irp.ROOT / "target" / "rehearsals"
    dump = Path(tempfile.mkdtemp(prefix="irp-backup-")) / "irp.dump"
    original = irp.App("backup-original", irp.service_env(pg.jdbc(source)), workdir)
    # The restored instance also shows the JSON logs an operator would switch on.
    restored = irp.App("backup-restored", irp.service_env(
        pg.jdbc(target), QUARKUS_LOG_CONSOLE_JSON_ENABLED="true"), workdir)
    verdict = irp.Verdict()
    verdict.figure("load average at start", irp.load_average())
    try:
        original.start_ready()
        irp.create_responder(irp.Api(original.base_url, "admin", irp.ADMIN_PASSWORD))
        ledger = irp.Ledger()
        driver = irp.Driver(original.base_url, ledger).start()
        time.sleep(args.before)
        began = time.monotonic()
        subprocess.run(["pg_dump", "-h", pg.host, "-p", str(pg.port), "-U", "postgres", "-Fc",
                        "-d", source, "-f", str(dump)], check=True)
        verdict.figure("pg_dump during load, s / size, KiB",
                       f"{time.monotonic() - began:.1f} / {dump.stat().st_size // 1024}")
        time.sleep(5)
        driver.stop()
        original.stop()
        verdict.figure("incidents / completions acknowledged before the stop",
                       f"{len(ledger.incidents)} / {len(ledger.completed)}")
        pg.psql("postgres", f'create database "{target}"')
        began = time.monotonic()
        subprocess.run(["pg_restore", "-h", pg.host, "-p", str(pg.port), "-U", "postgres",
                        "--no-owner", "-d", target, str(dump)], check=True)
        verdict.figure("pg_restore, s", f"{time.monotonic() - began:.1f}")
        ready = restored.start_ready()
        verdict.figure("restored service ready (engine replayed), s", f"{ready:.1f}")
        admin = irp.Api(restored.base_url, "admin", irp.ADMIN_PASSWORD, timeout=60)
        # What the backup holds is the ledger as of the dump: read it back from the restored copy.
        in_backup = irp.Ledger()
        page = 0
        while True:
            listing = admin.get(f"/api/incidents?size=100&page={page}")
            for item in listing["items"]:
                in_backup.incidents[item["id"]] = item["status"]
            if (page + 1) * 100 >= listing["total"]:
                break
            page += 1
        verdict.figure("incidents in the backup", len(in_backup.incidents))
        irp.open_steps_settled(restored.base_url, in_backup, args.settle)
        irp.verify_state(restored.base_url, in_backup, verdict)
        # The engine's state must match the restored task table: complete some restored steps.
        driver = irp.Driver(restored.base_url, irp.Ledger(), workers=0)
        responder = driver.responder
        open_tasks = responder.get("/api/tasks?scope=all&status=open")[: args.steps]
        moved_on = 0
        for task in open_tasks:
            before = {t["id"] for t in responder.get(
                f"/api/tasks?scope=all&status=any&incident={task['incidentId']}")}
            driver.work(task)
            if task["id"] in driver.ledger.completed and irp.wait_until(
                    lambda: {t["id"] for t in responder.get(
                        f"/api/tasks?scope=all&status=any&incident={task['incidentId']}")} - before,
                    60):
                moved_on += 1
        verdict.figure("restored steps completed / followed by a new step",
                       f"{len(driver.ledger.completed)} / {moved_on}")
        verdict.check(len(driver.ledger.completed) == len(open_tasks),
                      f"restored steps refused completion: {driver.ledger.refused}")
        # Not every completion opens a step at once (a join may wait for other branches), but the
        # playbook must move on somewhere.
        verdict.check(moved_on >= 1 or not open_tasks,
                      "no completed restored step was followed by the playbook's next step")
        json_lines = [line for line in (workdir / "backup-restored.log").read_text().splitlines()
                      if line.startswith("{")]
        with_incident = [line for line in json_lines if '"incidentId"' in line and '"mdc"' in line]
        verdict.figure("JSON log records / naming an incident in their MDC",
                       f"{len(json_lines)} / {len(with_incident)}")
        if with_incident:
            verdict.figure("one of them", with_incident[0][:400])
        verdict.figure("load average at end", irp.load_average())
    finally:
        original.stop()
        restored.stop()
        pg.drop(source)
        pg.drop(target)
    return verdict.finish("Backup and restore")


if __name__ == "__main__":
    sys.exit(main())
