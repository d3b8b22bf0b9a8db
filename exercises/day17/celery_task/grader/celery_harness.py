"""Grader-owned Celery plumbing for day17/celery_task.

* ``EmbeddedWorker``: a REAL Celery worker (solo pool) consuming from the REAL Redis
  broker, in a thread of the check's process, like
  ``celery.contrib.testing.worker.start_worker`` but with a bounded start-up wait (the
  stock one waits forever when the broker cannot be reached).
* ``Observer``: what went over the broker and what the worker did, from Celery's own
  signals: every message published (task id, retries, ETA) and every attempt's end
  state. Retry countdowns are read from the retry messages' ETA against the app's
  clock, which the check freezes far in the past: the ETA is then exactly
  ``frozen_now + countdown`` and already due, so the worker runs every retry at once.
  Nothing sleeps and no wall-clock time is measured.
"""

import datetime
import threading

from celery.contrib.testing.worker import TestWorkController, setup_app_for_worker
from celery.result import _set_task_join_will_block
from celery.signals import before_task_publish, task_failure, task_postrun

FROZEN_NOW = datetime.datetime(2001, 1, 1, tzinfo=datetime.timezone.utc)
FINAL_STATES = {"SUCCESS", "FAILURE", "REVOKED", "REJECTED", "IGNORED"}


def freeze_clock(app):
    """Give ``app`` a fixed clock: Celery turns a countdown into an ETA with it."""
    app.now = lambda: FROZEN_NOW


class Observer:
    def __init__(self):
        self._lock = threading.Lock()
        self.published = []  # (task id, retries, eta text or None)
        self.ended = []  # (task id, state) per attempt, from task_postrun
        self.failures = {}  # task id -> the exception that failed it, as raised
        before_task_publish.connect(self._on_publish, weak=False)
        task_postrun.connect(self._on_postrun, weak=False)
        task_failure.connect(self._on_failure, weak=False)

    def _on_publish(self, sender=None, headers=None, body=None, **_):
        headers = headers or {}
        with self._lock:
            self.published.append((headers.get("id"), headers.get("retries"), headers.get("eta")))

    def _on_postrun(self, task_id=None, state=None, **_):
        with self._lock:
            self.ended.append((task_id, state))

    def _on_failure(self, task_id=None, exception=None, **_):
        with self._lock:
            self.failures[task_id] = exception

    def finished(self, task_id):
        with self._lock:
            return any(t == task_id and s in FINAL_STATES for t, s in self.ended)

    def countdowns(self, task_id):
        """Seconds between the frozen clock and each retry message's ETA, in order."""
        out = []
        with self._lock:
            retries = [(r, eta) for t, r, eta in self.published if t == task_id and r]
        for _, eta in sorted(retries, key=lambda item: item[0]):
            if eta is None:
                out.append(0)
                continue
            try:
                when = datetime.datetime.fromisoformat(eta)
            except (TypeError, ValueError):
                out.append("ETA " + str(eta))
                continue
            if when.tzinfo is None:
                when = when.replace(tzinfo=datetime.timezone.utc)
            seconds = (when - FROZEN_NOW).total_seconds()
            if seconds > 10 ** 6:  # an ETA computed from the real clock, not app.now()
                out.append("an eta= from the real clock, not a countdown")
                continue
            out.append(int(seconds) if seconds == int(seconds) else seconds)
        return out


class EmbeddedWorker:
    """A real worker for ``app`` in a daemon thread; ``start()`` waits (bounded)."""

    def __init__(self, app):
        self.app = app
        self.thread = None
        self.failure = []

    def start(self, timeout):
        setup_app_for_worker(self.app, "CRITICAL", None)
        self.worker = TestWorkController(
            app=self.app,
            concurrency=1,
            pool="solo",
            hostname="pygrade-worker@check",
            loglevel="CRITICAL",
            logfile=None,
            ready_callback=None,
            without_heartbeat=True,
            without_mingle=True,
            without_gossip=True,
        )

        def run():
            try:
                self.worker.start()
            except BaseException as exc:  # reported by start(), in the check's thread
                self.failure.append(exc)

        self.thread = threading.Thread(target=run, name="pygrade-celery-worker", daemon=True)
        self.thread.start()
        started = self.worker._on_started.wait(timeout)
        _set_task_join_will_block(False)
        return started and not self.failure

    def is_worker_thread(self):
        return threading.current_thread() is self.thread
