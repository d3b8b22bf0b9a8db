"""Runs the learner's locustfile with the real Locust, in a process of its own (Locust
monkey-patches the standard library with gevent at import, and prints noise at exit).

    python -B run_locust.py LOCUSTFILE BASE_URL REPORT_JSON USERS TASKS

Three phases, each announced to the check's server (GET /__phase?name=...) so that it
counts their requests apart:
  probe  one user instance outside any runner: its wait_time sampled, on_start run once,
         then each distinct task run once by itself, on a fresh logged-in user (which
         requests each task makes)
  run    Locust's LocalRunner with USERS users and no think time (the check replaces
         wait_time so the run is short), stopped after TASKS task executions in all
The report (JSON) is all this process tells the check; it ends with os._exit.
"""
import contextlib
import io
import json
import os
import random
import sys
import time
import urllib.request
from urllib.parse import urlsplit

LOCUSTFILE, BASE, REPORT, USERS, TASKS = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
GUARD = 25.0  # real seconds the run may take before it is stopped (a correct one needs ~1 s)
report = {"phase": "import"}


def finish():
    with open(REPORT, "w", encoding="utf-8") as f:
        json.dump(report, f)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


def learner_traceback(exc):
    from pygrade_check import print_learner_traceback

    buf = io.StringIO()
    with contextlib.redirect_stderr(buf):
        print_learner_traceback(exc)
    return buf.getvalue()


def phase(name):
    report["phase"] = name
    with urllib.request.urlopen(BASE + "/__phase?name=" + name, timeout=10) as r:
        r.read()


def endpoint(method, url):
    path = urlsplit(url or "").path
    if path.startswith("/items/"):
        path = "/items/{id}"
    return (method or "?").upper() + " " + path


try:
    import gevent
    from locust import FastHttpUser, HttpUser, User
    from locust.env import Environment
    from locust.exception import StopUser
    from locust.user.task import TaskSet
except Exception as exc:  # the pinned locust must import: not the learner's problem
    report["fault"] = "locust failed to import: " + type(exc).__name__ + ": " + str(exc)
    finish()

random.seed(27)

# -- import the locustfile ---------------------------------------------------------------------
import importlib.util  # noqa: E402

spec = importlib.util.spec_from_file_location("locustfile", LOCUSTFILE)
module = importlib.util.module_from_spec(spec)
sys.modules["locustfile"] = module
try:
    spec.loader.exec_module(module)
except BaseException as exc:
    report["import_error"] = type(exc).__name__
    report["traceback"] = learner_traceback(exc)
    finish()

classes = [
    c for c in vars(module).values()
    if isinstance(c, type) and issubclass(c, User) and c.__module__ == "locustfile"
    and not c.__dict__.get("abstract", False)
]
report["classes"] = sorted(c.__name__ for c in classes)
report["http"] = [c.__name__ for c in classes if issubclass(c, (HttpUser, FastHttpUser))]
if len(classes) != 1 or not report["http"]:
    finish()
cls = classes[0]

# -- probe: wait_time, on_start, each task by itself ------------------------------------------
probe_log = []


def on_probe_request(request_type=None, response=None, exception=None, url=None, **kw):
    status = getattr(response, "status_code", None)
    probe_log.append([endpoint(request_type, url), status if exception is None or status else "error"])


cls.host = BASE  # as `locust --host` does
env = Environment(user_classes=[cls], host=BASE)
env.events.request.add_listener(on_probe_request)
phase("probe")
try:
    user = cls(env)
except Exception as exc:
    report["probe_error"] = "creating the user raised " + type(exc).__name__
    report["traceback"] = learner_traceback(exc)
    finish()

samples = []
try:
    for _ in range(200):
        samples.append(user.wait_time())
    report["wait"] = {
        "numbers": all(isinstance(s, (int, float)) and not isinstance(s, bool) for s in samples),
    }
    if report["wait"]["numbers"]:
        report["wait"].update(min=min(samples), max=max(samples), distinct=len(set(samples)))
except Exception as exc:
    report["wait"] = {"error": type(exc).__name__}

try:
    user.on_start()
    report["on_start"] = {"requests": list(probe_log)}
except Exception as exc:
    report["on_start"] = {"requests": list(probe_log), "error": type(exc).__name__,
                          "traceback": learner_traceback(exc)}

tasks = []
seen = []
for fn in cls.tasks:
    if fn not in seen:
        seen.append(fn)
for fn in seen:
    entry = {"name": getattr(fn, "__name__", "?"), "weight": cls.tasks.count(fn)}
    if isinstance(fn, type) and issubclass(fn, TaskSet):
        entry["taskset"] = True
        tasks.append(entry)
        continue
    try:  # a fresh, logged-in user for each task: no task may rely on another having run
        fresh = cls(env)
        fresh.on_start()
    except Exception:
        fresh = user
    del probe_log[:]
    try:
        fn(fresh)
    except Exception as exc:
        entry["error"] = type(exc).__name__
        entry["traceback"] = learner_traceback(exc)
    entry["requests"] = list(probe_log)
    tasks.append(entry)
report["tasks"] = tasks
if not seen or any(t.get("taskset") for t in tasks):
    finish()

# -- run: the real LocalRunner ----------------------------------------------------------------
counts = {"started": 0, "tasks": 0}
errors = []
orig_on_start = cls.on_start


def on_start(self):
    try:
        orig_on_start(self)
    except Exception as exc:
        if not errors:
            errors.append(["on_start", type(exc).__name__, learner_traceback(exc)])
        raise
    finally:
        counts["started"] += 1


def wait_time(self):
    counts["tasks"] += 1
    if counts["tasks"] >= TASKS:
        raise StopUser()
    return 0


cls.on_start = on_start
cls.wait_time = wait_time


def on_user_error(user_instance=None, exception=None, tb=None, **kw):
    if not errors and exception is not None:
        errors.append(["task", type(exception).__name__, learner_traceback(exception)])


phase("run")
env = Environment(user_classes=[cls], host=BASE)
env.events.user_error.add_listener(on_user_error)
runner = env.create_local_runner()
runner.start(USERS, spawn_rate=100)
deadline = time.monotonic() + GUARD
while True:
    gevent.sleep(0.01)
    if counts["started"] >= USERS and len(runner.user_greenlets) == 0:
        break
    if time.monotonic() > deadline:
        report["guard"] = True
        break
runner.quit()
rows = []
for (name, method), e in env.stats.entries.items():
    rows.append([method, name, e.num_requests, e.num_failures])
report["run"] = {
    "started": counts["started"],
    "tasks": counts["tasks"],
    "rows": sorted(rows),
    "failures": env.stats.total.num_failures,
    "requests": env.stats.total.num_requests,
    "task_errors": sum(e.get("occurrences", 1) for e in runner.exceptions.values()),
    "first_error": errors[0] if errors else None,
}
report["phase"] = "done"
finish()
