"""Shared pieces of the fault rehearsals (docs/operations.md, "Fault rehearsals").

Everything here talks to the service the way its users do: the packaged application started as its
own process, configured by environment variables, driven over its public HTTP API. Only the
standard library is used, so a rehearsal runs wherever python3, Java 17 and PostgreSQL 15 are.
"""

import base64
import http.client
import json
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# IRP_REHEARSAL_APP_DIR runs a copy, so a build in the work tree cannot pull the jar from under a run.
APP_DIR = Path(os.environ.get("IRP_REHEARSAL_APP_DIR", ROOT / "target" / "quarkus-app"))
JAR = APP_DIR / "quarkus-run.jar"
PG_BIN = Path(os.environ.get("IRP_PG_BIN", "/usr/lib/postgresql/15/bin"))
ADMIN_PASSWORD = "rehearsal-admin-password"
RESPONDER = "rehearsal-responder"
RESPONDER_PASSWORD = "rehearsal-responder-password"
RESPONDER_ROLES = [
    "incident-commander", "network-admin", "identity-admin", "forensics", "soc-analyst",
    "comms", "legal", "executive", "msp",
]
# The image's JVM options (src/main/docker/Dockerfile.jvm, PackagedApp): what production runs.
JAVA_OPTS = os.environ.get(
    "IRP_REHEARSAL_JAVA_OPTS", "-XX:+UseSerialGC -Xmx256m -XX:SharedArchiveFile=app-cds.jsa"
).split()


# A rehearsal stopped with SIGTERM still stops its processes and drops its databases.
signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))


# How long a start may take before the rehearsal gives up: about 10 s on an idle machine, but a
# start took 294 s on the shared 2-core machine at a load average near 30.
READY_TIMEOUT = float(os.environ.get("IRP_REHEARSAL_READY_TIMEOUT", "900"))


def log(message):
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


def load_average():
    return Path("/proc/loadavg").read_text().split()[:3]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def build(skip):
    """The PostgreSQL package, as production runs it; --no-build reuses target/quarkus-app."""
    if skip and JAR.exists():
        return
    log("building the PostgreSQL package (./mvnw package -DskipTests -Ppostgresql)")
    subprocess.run(
        ["./mvnw", "-s", ".mvn/settings.xml", "-B", "-q", "package", "-DskipTests", "-Ppostgresql"],
        cwd=ROOT, check=True)


def audit_signing_key():
    der = subprocess.run(
        ["openssl", "genpkey", "-algorithm", "ed25519", "-outform", "DER"],
        check=True, capture_output=True).stdout
    return base64.b64encode(der).decode()


# --- PostgreSQL ---------------------------------------------------------------------------------

class Postgres:
    """A PostgreSQL server reached as user postgres without a password (trust on loopback)."""

    def __init__(self, port=5432, host="127.0.0.1"):
        self.host, self.port = host, port

    def psql(self, database, sql):
        result = subprocess.run(
            ["psql", "-h", self.host, "-p", str(self.port), "-U", "postgres", "-d", database,
             "-v", "ON_ERROR_STOP=1", "-Atc", sql],
            capture_output=True, text=True)
        if result.returncode != 0:
            raise RuntimeError(f"psql failed: {result.stderr.strip()}")
        return result.stdout.strip()

    def create(self, name):
        self.drop(name)
        self.psql("postgres", f'create database "{name}"')

    def drop(self, name):
        self.psql("postgres", f'drop database if exists "{name}" with (force)')

    def jdbc(self, name):
        return f"jdbc:postgresql://{self.host}:{self.port}/{name}"


class PrivatePostgres(Postgres):
    """A throw-away PostgreSQL instance of our own, so stopping it disturbs nobody else."""

    def __init__(self, port):
        super().__init__(port)
        self.dir = Path(tempfile.mkdtemp(prefix="irp-rehearsal-pg-"))
        shutil.chown(self.dir, "postgres", "postgres")
        self.data = self.dir / "data"
        self._as_postgres([str(PG_BIN / "initdb"), "-D", str(self.data), "-U", "postgres",
                           "--auth=trust", "-E", "UTF8"])

    def _as_postgres(self, command):
        subprocess.run(["runuser", "-u", "postgres", "--"] + command, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def start(self):
        self._as_postgres([str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-l",
                           str(self.dir / "server.log"), "-w", "-o",
                           f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1", "start"])

    def stop(self, mode="fast"):
        self._as_postgres([str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-m", mode, "-w", "stop"])

    def destroy(self):
        try:
            self.stop("immediate")
        except subprocess.CalledProcessError:
            pass
        shutil.rmtree(self.dir, ignore_errors=True)


# --- The packaged application -------------------------------------------------------------------

class App:
    """The packaged application as its own process, configured by its environment only."""

    def __init__(self, name, env, workdir):
        self.name = name
        self.http_port = int(env.get("QUARKUS_HTTP_PORT") or free_port())
        self.management_port = free_port()
        self.env = dict(env)
        self.env["QUARKUS_HTTP_PORT"] = str(self.http_port)
        self.env["QUARKUS_MANAGEMENT_PORT"] = str(self.management_port)
        if self.env.get("IRP_ENGINE_ENABLED") != "false" and "IRP_ENGINE_PORT" not in self.env:
            # Never Zeebe's 26500 and 8088: other instances on this machine may hold them, and a
            # client that found someone else's engine there would rehearse the wrong service.
            grpc, rest = free_port(), free_port()
            self.env.update({
                "IRP_ENGINE_PORT": str(grpc), "IRP_ENGINE_REST_PORT": str(rest),
                "IRP_CAMUNDA_GRPC_ADDRESS": f"http://127.0.0.1:{grpc}",
                "IRP_CAMUNDA_REST_ADDRESS": f"http://127.0.0.1:{rest}"})
        self.workdir = Path(workdir)
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.process = None
        self.starts = 0
        self.failed_starts = 0

    @property
    def base_url(self):
        return f"http://127.0.0.1:{self.http_port}"

    def start(self):
        env = {k: v for k, v in os.environ.items()
               if not k.startswith(("QUARKUS_", "IRP_", "CAMUNDA_", "ZEEBE_"))}
        env.update(self.env)
        self.starts += 1
        out = open(self.workdir / f"{self.name}.log", "a")
        out.write(f"\n===== start {self.starts} at {time.strftime('%H:%M:%S')} =====\n")
        out.flush()
        self.process = subprocess.Popen(
            [shutil.which("java") or "java", *JAVA_OPTS, "-jar", JAR.name],
            cwd=APP_DIR, env=env, stdout=out, stderr=subprocess.STDOUT)
        return self

    def await_ready(self, timeout=300):
        started = time.monotonic()
        while time.monotonic() - started < timeout:
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.name} exited with {self.process.returncode}; "
                                   f"see {self.workdir / (self.name + '.log')}")
            status, _ = self.health("ready")
            if status == 200:
                return time.monotonic() - started
            time.sleep(0.2)
        raise RuntimeError(f"{self.name} was not ready within {timeout} s")

    def start_ready(self, attempts=3, timeout=None):
        """Starts and waits until ready; a start that dies (on a machine this busy, Flyway can time
        out waiting for its first connection) is retried, as Kubernetes would restart the pod.
        Returns the seconds from the last start to ready."""
        timeout = timeout or READY_TIMEOUT
        for attempt in range(1, attempts + 1):
            self.start()
            try:
                return self.await_ready(timeout)
            except RuntimeError as e:
                if attempt == attempts or self.process.poll() is None:
                    raise
                self.failed_starts += 1
                log(f"{self.name}: start {attempt} failed ({e}); starting again")
        raise AssertionError("unreachable")

    def health(self, which="ready"):
        """(status, body) of /q/health/<which> on the management port; (None, error) if down."""
        url = f"http://127.0.0.1:{self.management_port}/q/health/{which}"
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                return response.status, json.loads(response.read() or b"{}")
        except urllib.error.HTTPError as e:
            return e.code, json.loads(e.read() or b"{}")
        except (OSError, ValueError) as e:
            return None, str(e)

    def kill9(self):
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(60)
            except subprocess.TimeoutExpired:
                self.kill9()

    def rss_mib(self):
        for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
        return 0.0

    def cpu_seconds(self):
        fields = Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def service_env(jdbc_url, **extra):
    env = {
        "QUARKUS_DATASOURCE_JDBC_URL": jdbc_url,
        "QUARKUS_DATASOURCE_USERNAME": "postgres",
        "IRP_ADMIN_PASSWORD": ADMIN_PASSWORD,
        "IRP_AUDIT_SIGNING_KEY": AUDIT_KEY,
        # Basic auth checks bcrypt on every call; a low cost keeps the driver's calls cheap.
        "IRP_SECURITY_BCRYPT_COST": "4",
        # On a shared machine under heavy load, opening the first connection for Flyway took
        # longer than the pool's default 5 s and the start died. postgres-restart.py, where the
        # pool's waiting is what is rehearsed, keeps the default; IRP_REHEARSAL_ACQUISITION_TIMEOUT
        # sets it for the others.
        "QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT":
            os.environ.get("IRP_REHEARSAL_ACQUISITION_TIMEOUT", "30S"),
    }
    env.update({k: str(v) for k, v in extra.items()})
    return env


AUDIT_KEY = None


def init_audit_key():
    global AUDIT_KEY
    AUDIT_KEY = audit_signing_key()


# --- The public API -----------------------------------------------------------------------------

class Down(Exception):
    """The service did not answer at all: nothing was acknowledged."""


class Api:
    def __init__(self, base_url, user, password, timeout=30):
        self.base_url = base_url
        self.timeout = timeout
        token = base64.b64encode(f"{user}:{password}".encode()).decode()
        self.auth = f"Basic {token}"

    def call(self, method, path, body=None, headers=None):
        """(status, parsed body); raises Down when no HTTP answer came back."""
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(self.base_url + path, data=data, method=method)
        request.add_header("Authorization", self.auth)
        request.add_header("Accept", "application/json")
        if data is not None:
            request.add_header("Content-Type", "application/json")
        for k, v in (headers or {}).items():
            request.add_header(k, v)
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return response.status, _parse(response.read())
        except urllib.error.HTTPError as e:
            return e.code, _parse(e.read())
        except (OSError, ValueError, http.client.HTTPException) as e:
            # HTTPException: the answer was cut off mid-body (IncompleteRead), as a SIGKILL does;
            # an answer never read whole is not an acknowledgement.
            raise Down(str(e)) from e

    def get(self, path):
        status, body = self.call("GET", path)
        if status != 200:
            raise RuntimeError(f"GET {path} answered {status}: {body}")
        return body


def _parse(raw):
    try:
        return json.loads(raw) if raw else None
    except ValueError:
        return raw.decode(errors="replace")


def declaration(n, employees=10):
    return {
        "title": f"Rehearsal incident {n}",
        "scenario": "cloud-config-backup-exposure",
        "severity": "high",
        "organization": {"name": f"Rehearsal KK {n}", "employees": employees, "industry": "retail",
                         "jurisdictions": ["JP"], "personalData": False, "locale": "en"},
        "assets": [{"name": "fw-hq", "kind": "firewall", "usedCloudBackup": True}],
    }


def create_responder(admin):
    status, body = admin.call("POST", "/api/users", {
        "username": RESPONDER, "password": RESPONDER_PASSWORD, "roles": RESPONDER_ROLES})
    if status not in (201, 409):
        raise RuntimeError(f"could not create the responder: {status} {body}")


class Ledger:
    """What the service acknowledged: only these count as 'must not be lost'."""

    def __init__(self):
        self.lock = threading.Lock()
        self.incidents = {}          # id -> status answered (201 ACTIVE / 202 PENDING_START)
        self.completed = set()       # task ids whose completion was answered 200
        self.refused = {}            # "METHOD status" -> count of non-2xx answers
        self.unanswered = 0          # calls with no HTTP answer (service or database down)
        self.calls = 0
        self.answers = []            # (monotonic time, action, status, body) of every answer

    def note_refusal(self, what):
        with self.lock:
            self.refused[what] = self.refused.get(what, 0) + 1

    def note(self, action, status, body):
        with self.lock:
            self.answers.append((time.monotonic(), action, status, body if status >= 300 else None))

    def answers_between(self, start, end):
        with self.lock:
            return [a for a in self.answers if start <= a[0] <= end]


class Driver:
    """Declares incidents and works open steps over the API from a few threads, until stopped."""

    def __init__(self, base_url, ledger, declare_every=0.5, workers=3, max_incidents=None):
        self.admin = Api(base_url, "admin", ADMIN_PASSWORD, timeout=60)
        self.responder = Api(base_url, RESPONDER, RESPONDER_PASSWORD, timeout=60)
        self.ledger = ledger
        self.declare_every = declare_every
        self.workers = workers
        self.max_incidents = max_incidents
        self.stopped = threading.Event()
        self.threads = []
        self.declared = 0

    def start(self):
        self.threads = [threading.Thread(target=self._declare_loop, daemon=True)]
        self.threads += [threading.Thread(target=self._work_loop, args=(i,), daemon=True)
                         for i in range(self.workers)]
        for t in self.threads:
            t.start()
        return self

    def stop(self):
        self.stopped.set()
        for t in self.threads:
            t.join(60)

    def _declare_loop(self):
        n = 0
        while not self.stopped.is_set():
            if self.max_incidents is not None and self.declared >= self.max_incidents:
                break
            n += 1
            try:
                status, body = self.admin.call("POST", "/api/incidents", declaration(n),
                                               {"Idempotency-Key": f"rehearsal-{os.getpid()}-{n}"})
                with self.ledger.lock:
                    self.ledger.calls += 1
                self.ledger.note("declare", status, body)
                if status in (201, 202):
                    with self.ledger.lock:
                        self.ledger.incidents[body["id"]] = body.get("status")
                    self.declared += 1
                else:
                    self.ledger.note_refusal(f"declare {status}")
            except Down:
                with self.ledger.lock:
                    self.ledger.unanswered += 1
                time.sleep(0.5)
            self.stopped.wait(self.declare_every)

    def _work_loop(self, index):
        rng = random.Random(index)
        while not self.stopped.is_set():
            try:
                status, tasks = self.responder.call("GET", "/api/tasks?scope=all&status=open")
                self.ledger.note("list tasks", status, tasks)
                if status != 200 or not tasks:
                    self.stopped.wait(0.5)
                    continue
                self.work(rng.choice(tasks[: 20 * self.workers]))
            except Down:
                with self.ledger.lock:
                    self.ledger.unanswered += 1
                self.stopped.wait(0.5)

    def work(self, task):
        """Claim, tick every item, complete; an acknowledged completion goes into the ledger."""
        task_id = task["id"]
        status, body = self.responder.call("POST", f"/api/tasks/{task_id}/claim")
        self.ledger.note("claim", status, body)
        if status != 200:
            self.ledger.note_refusal(f"claim {status}")
            if status >= 500:
                # As a person would: wait a moment before trying again, rather than at once.
                self.stopped.wait(1)
            return
        for item in task.get("checklist") or []:
            if not item.get("ticked"):
                status, body = self.responder.call(
                    "POST", f"/api/tasks/{task_id}/checklist/{item['position']}", {"ticked": True})
                self.ledger.note("tick", status, body)
                if status != 200:
                    self.ledger.note_refusal(f"tick {status}")
        self.approve_drafts(task["incidentId"])
        status, body = self.responder.call(
            "POST", f"/api/tasks/{task_id}/complete", {"variables": {}})
        self.ledger.note("complete", status, body)
        with self.ledger.lock:
            self.ledger.calls += 3
            if status == 200:
                self.ledger.completed.add(task_id)
        if status != 200:
            self.ledger.note_refusal(f"complete {status}")


    def approve_drafts(self, incident_id):
        """Approves the incident's drafts as a commander would before the step that sends them: a
        playbook that reaches a send with an unapproved draft stops with an incident by design."""
        status, drafts = self.responder.call("GET", f"/api/comms/drafts?incident={incident_id}")
        if status != 200:
            self.ledger.note_refusal(f"drafts {status}")
            return
        for draft in drafts or []:
            if not draft.get("approved"):
                status, body = self.responder.call("POST", f"/api/comms/drafts/{draft['id']}/approve")
                self.ledger.note("approve draft", status, body)
                if status != 200:
                    self.ledger.note_refusal(f"approve {status}")


# --- Checks -------------------------------------------------------------------------------------

class Verdict:
    def __init__(self):
        self.failures = []
        self.figures = {}

    def check(self, ok, message):
        if not ok:
            self.failures.append(message)
        return ok

    def figure(self, name, value):
        self.figures[name] = value
        log(f"  {name}: {value}")

    def finish(self, title):
        print()
        print(f"=== {title} ===")
        for name, value in self.figures.items():
            print(f"  {name}: {value}")
        if self.failures:
            print(f"FAILED ({len(self.failures)}):")
            for failure in self.failures[:50]:
                print(f"  - {failure}")
            if len(self.failures) > 50:
                print(f"  ... and {len(self.failures) - 50} more")
            return 1
        print("PASSED: nothing acknowledged was lost or duplicated")
        return 0


def verify_state(base_url, ledger, verdict, allowed_statuses=("ACTIVE", "CLOSED")):
    """Every acknowledged incident is in an allowed status with its open steps (none twice); every
    acknowledged completion is COMPLETED; no incident stays STARTING; the audit chain verifies."""
    admin = Api(base_url, "admin", ADMIN_PASSWORD, timeout=60)
    responder = Api(base_url, RESPONDER, RESPONDER_PASSWORD, timeout=60)
    statuses = {}
    without_steps = []
    duplicated_steps = []
    for incident_id in sorted(ledger.incidents):
        status = admin.get(f"/api/incidents/{incident_id}")["status"]
        statuses[status] = statuses.get(status, 0) + 1
        verdict.check(status in allowed_statuses, f"{incident_id} is {status}")
        if status == "ACTIVE":
            tasks = responder.get(f"/api/tasks?scope=all&status=open&incident={incident_id}")
            if not tasks:
                without_steps.append(incident_id)
            ids = [t["id"] for t in tasks]
            steps = [(t.get("elementId"), t.get("title")) for t in tasks]
            if len(set(ids)) != len(ids) or len(set(steps)) != len(steps):
                duplicated_steps.append(incident_id)
    verdict.figure("acknowledged incidents", len(ledger.incidents))
    verdict.figure("incidents by status", statuses)
    verdict.check(not without_steps,
                  f"{len(without_steps)} ACTIVE incident(s) without an open step: {without_steps[:10]}")
    verdict.check(not duplicated_steps,
                  f"{len(duplicated_steps)} incident(s) with a step open twice: {duplicated_steps[:10]}")
    verdict.figure("ACTIVE incidents without an open step", len(without_steps))
    verdict.figure("incidents with a step open twice", len(duplicated_steps))
    lost = []
    for task_id in sorted(ledger.completed):
        status, body = responder.call("GET", f"/api/tasks/{task_id}")
        if status != 200 or str(body.get("status")).upper() != "COMPLETED":
            lost.append(task_id)
    verdict.figure("acknowledged completions", len(ledger.completed))
    verdict.figure("acknowledged completions lost", len(lost))
    verdict.check(not lost, f"{len(lost)} acknowledged completion(s) lost: {lost[:10]}")
    audit = admin.get("/api/audit/verify")
    verdict.figure("audit verify", {k: audit.get(k) for k in ("valid", "checked")})
    verdict.check(audit.get("valid") is True, f"the audit chain does not verify: {audit}")
    return statuses


def summarize(answers):
    """{action: {status: count}} of a list of answers."""
    summary = {}
    for _, action, status, _ in answers:
        summary.setdefault(action, {}).setdefault(status, 0)
        summary[action][status] += 1
    return summary


def wait_until(predicate, timeout, interval=1.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return predicate()


def open_steps_settled(base_url, ledger, quiet_seconds):
    """Waits until no acknowledged ACTIVE incident lacks an open step, or the time is up: after a
    restart the next steps need a moment (jobs activated, engine replayed)."""
    responder = Api(base_url, RESPONDER, RESPONDER_PASSWORD, timeout=60)
    admin = Api(base_url, "admin", ADMIN_PASSWORD, timeout=60)

    def settled():
        for incident_id in ledger.incidents:
            status = admin.get(f"/api/incidents/{incident_id}")["status"]
            if status in ("STARTING", "PENDING_START"):
                return False
            if status == "ACTIVE" and not responder.get(
                    f"/api/tasks?scope=all&status=open&incident={incident_id}"):
                return False
        return True

    return wait_until(settled, quiet_seconds, interval=5)
