"""Webhook receivers for the rehearsals: small real HTTP servers that record every delivery by its
Standard Webhooks id, and can be switched between answering, refusing connections, 500 and 429."""

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class Receiver:
    OK, REFUSE, ERROR, LIMIT, GONE = "ok", "refuse", "500", "429", "400"

    def __init__(self, name, port, mode="ok", retry_after=120):
        self.name, self.port, self.retry_after = name, port, retry_after
        self.lock = threading.Lock()
        self.attempts = {}       # webhook-id -> [(monotonic time, answer)]
        self.server = None
        self.mode = None
        self.set_mode(mode)

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}/hook"

    def set_mode(self, mode):
        """REFUSE closes the listening socket (connection refused); the others answer with it."""
        self.mode = mode
        if mode == self.REFUSE:
            self._close()
        elif self.server is None:
            self._listen()

    def delivered(self):
        """webhook-id -> number of 2xx answers: exactly-once shows as every value being 1."""
        with self.lock:
            return {i: sum(1 for _, a in tries if a == 204) for i, tries in self.attempts.items()}

    def retry_after_violations(self):
        """Attempts that came sooner than the Retry-After of the 429 before them."""
        violations = []
        with self.lock:
            for message, tries in self.attempts.items():
                for (t1, a1), (t2, _) in zip(tries, tries[1:]):
                    # One second of slack: the dispatcher looks for due rows once a second.
                    if a1 == 429 and t2 - t1 < self.retry_after - 1:
                        violations.append(f"{message}: retried {t2 - t1:.1f} s after a 429")
        return violations

    def _listen(self):
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                message = self.headers.get("webhook-id") or "?"
                answer = {Receiver.OK: 204, Receiver.ERROR: 500, Receiver.LIMIT: 429,
                          Receiver.GONE: 400}[receiver.mode]
                with receiver.lock:
                    receiver.attempts.setdefault(message, []).append((time.monotonic(), answer))
                self.send_response(answer)
                if answer == 429:
                    self.send_header("Retry-After", str(receiver.retry_after))
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        ThreadingHTTPServer.allow_reuse_address = True
        self.server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def _close(self):
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()
            self.server = None

    def close(self):
        self._close()
