"""Hidden check for day27/locust_load: one line per case.

The check starts its own shop API on 127.0.0.1 (grader/shop_server.py: a threaded
http.server that counts, per phase, every request it answers) and runs the learner's
locustfile with the real Locust in a separate process (grader/run_locust.py), because
Locust patches the standard library with gevent when imported. Everything judged is
counted by the server or read from Locust's own stats afterwards; nothing is timed.

The run: 3 users, no think time (the check replaces wait_time after sampling it), stopped
after 600 task executions in all; random is seeded, and the task shares are compared
with wide bands (the exact weights are read from the class itself, per task, in the
probe phase that runs each task once by itself).
"""
import json
import os
import subprocess
import sys

from pygrade_check import Check, grader_fault, show
from shop_server import ShopServer

check = Check()
LOCUSTFILE = "locustfile.py"
if not os.path.exists(LOCUSTFILE):
    check.line("missing: locustfile.py")
    check.done()

USERS = 3
TASKS = 600
# The contract's weights 6:3:1, and the band each share must fall in (the run's shares
# are random draws: 600 tasks make these bands 5 standard deviations wide or more).
SHARES = {"GET /items": 0.6, "GET /items/{id}": 0.3, "POST /cart": 0.1}
BAND = 0.12
GRADER = os.path.dirname(os.path.abspath(__file__))
REPORT = os.path.join(os.environ.get("TMPDIR") or os.getcwd(), "locust-report.json")


def run_locust(server):
    args = [sys.executable, "-B", os.path.join(GRADER, "run_locust.py"),
            os.path.abspath(LOCUSTFILE), server.base, REPORT, str(USERS), str(TASKS)]
    log = os.path.join(os.environ.get("TMPDIR") or os.getcwd(), "locust-output.txt")
    with open(log, "wb") as out:
        try:
            proc = subprocess.run(args, stdin=subprocess.DEVNULL, stdout=out, stderr=out, timeout=45)
            status = proc.returncode
        except subprocess.TimeoutExpired:
            status = "timeout"
    try:
        with open(REPORT, encoding="utf-8") as f:
            return json.load(f), status, log
    except (OSError, ValueError):
        return None, status, log


def tail(path, n=15):
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            return "".join(f.readlines()[-n:])
    except OSError:
        return ""


def show_traceback(label, text):
    if text:
        sys.stderr.write("@@pygrade-traceback " + label + "\n" + text)
        sys.stderr.flush()


with ShopServer() as server:
    report, status, log = run_locust(server)

if report is None:
    check.line("case 1: running locustfile.py with Locust -> ended without finishing (exit status "
               + str(status) + ")")
    check.note("The last lines Locust and your code printed:\n" + tail(log))
    check.done()
if "fault" in report:
    grader_fault(report["fault"])

n = [0]


def case(label, text):
    n[0] += 1
    check.line("case " + str(n[0]) + ": " + label + " -> " + text)


# -- the file and its class ---------------------------------------------------------------------
if "import_error" in report:
    err = report["import_error"]
    case("importing locustfile.py", "raises " + err + (" (not done yet)" if err == "NotImplementedError" else ""))
    show_traceback("case 1: importing locustfile.py", report.get("traceback"))
    check.done()

classes, http = report.get("classes", []), report.get("http", [])
if len(classes) == 1 and http:
    case("user classes in locustfile.py", "one, an HttpUser")
elif not classes:
    case("user classes in locustfile.py", "none found (a subclass of HttpUser, defined in the file)")
elif len(classes) > 1:
    case("user classes in locustfile.py", str(len(classes)) + " found, expected one: " + ", ".join(classes))
else:
    case("user classes in locustfile.py", "one, but not an HttpUser (self.client needs HttpUser)")
if len(classes) != 1 or not http:
    check.done()
if "probe_error" in report:
    case("creating one user", report["probe_error"])
    show_traceback("case 2: creating one user", report.get("traceback"))
    check.done()

# -- probe: wait_time, on_start, each task by itself -------------------------------------------
wait = report.get("wait", {})
if "error" in wait:
    text = "calling it raises " + wait["error"]
elif not wait.get("numbers"):
    text = "returned something that is not a number of seconds"
else:
    lo, hi = wait["min"], wait["max"]
    text = "from " + format(lo, ".1f") + " to " + format(hi, ".1f") + " s"
    if 1 <= lo and hi <= 3 and wait["distinct"] > 1 and lo < 1.2 and hi > 2.8:
        text = "between 1 and 3 s, varied"
    elif wait["distinct"] == 1:
        text = "always " + format(lo, "g") + " s"
case("wait_time, sampled 200 times", text)


def describe(requests):
    if not requests:
        return "no request"
    parts = []
    for endpoint, code in requests:
        part = endpoint
        if not (isinstance(code, int) and 200 <= code < 300):
            part += " (answered " + str(code) + ")"
        parts.append(part)
    return " + ".join(parts)


start = report.get("on_start", {})
text = describe(start.get("requests", []))
if "error" in start:
    text += ", then raises " + start["error"]
    show_traceback("case " + str(n[0] + 1) + ": one user's on_start", start.get("traceback"))
case("one user's on_start, run by itself", text)

tasks = report.get("tasks", [])
if not tasks:
    case("the user's tasks", "none (use @task or `tasks`)")
    check.done()
if any(t.get("taskset") for t in tasks):
    case("the user's tasks", "a TaskSet: put the tasks on the user class itself")
    check.done()
weights = {}
for t in tasks:
    what = describe(t.get("requests", []))
    if "error" in t:
        what += ", then raises " + t["error"]
        show_traceback("case " + str(n[0] + 1) + ": task " + t["name"], t.get("traceback"))
    weights[what] = weights.get(what, 0) + t["weight"]
case("each task run once by itself (by a new user), with its weight",
     ", ".join(k + ": weight " + str(weights[k]) for k in sorted(weights)))

# -- the run ------------------------------------------------------------------------------------
run = report.get("run")
if run is None:
    case("the load run", "did not happen")
    check.done()
label = "the load run (" + str(USERS) + " users, " + str(TASKS) + " tasks)"
if report.get("guard"):
    case(label, "did not finish: the users were still running after 25 s")
else:
    case(label, "finished")
ph = server.phases.get("run")
case("users started, and logins the server saw during the run",
     str(run["started"]) + " users, " + str(ph.logins if ph else 0) + " logins")
errors = sorted(set(str(k[0]) + " " + str(k[1]) for k in (ph.errors if ph else {})))
case("requests the server answered with an error", ", ".join(errors) if errors else "none")
case("requests without the user's Bearer token", "some" if ph and ph.unauthorized else "none")
if ph and ph.bad_carts:
    case("POST /cart bodies the server accepted", "not all: some were not {\"item_id\": 1..20, \"qty\": 1}")
else:
    case("POST /cart bodies the server accepted", "all" if ph and ph.requests.get("POST /cart") else "none sent")
first = run.get("first_error")
if first:
    show_traceback("case " + str(n[0] + 1) + ": a " + first[0] + " during the run", first[2])
case("failures and task errors in Locust's stats",
     ("failures: some" if run["failures"] else "failures: none")
     + (", task errors: some (" + first[1] + ")" if run["task_errors"] and first else
        ", task errors: some" if run["task_errors"] else ", task errors: none"))

total = sum(ph.requests.values()) if ph else 0
if not total:
    case("share of each endpoint among the run's requests (weights 6:3:1)", "no requests")
else:
    parts = []
    for endpoint in sorted(set(SHARES) | set(ph.requests)):
        share = ph.requests.get(endpoint, 0) / total
        want = SHARES.get(endpoint, 0.0)
        if abs(share - want) <= BAND:
            parts.append(endpoint + " about " + format(want, ".0%"))
        else:
            parts.append(endpoint + " " + format(share, ".0%") + " (expected about " + format(want, ".0%") + ")")
    case("share of each endpoint among the run's requests (weights 6:3:1)", ", ".join(parts))

ids = ph.item_ids if ph else []
if not ids:
    case("item ids asked for on GET /items/<id>", "none")
else:
    bad = sorted(set(i for i in ids if not (i.isdigit() and str(int(i)) == i and 1 <= int(i) <= 20)))
    distinct = len(set(ids))
    if bad:
        text = "some outside 1..20: " + show(bad[:5])
    elif distinct < 10:
        text = "only " + str(distinct) + " different id" + ("s" if distinct > 1 else "")
    else:
        text = "all from 1 to 20, at least 10 different"
    case("item ids asked for on GET /items/<id>", text)

rows = [r[0] + " " + r[1] for r in run.get("rows", [])]
item_rows = [r for r in rows if r.startswith("GET /items/") and r != "GET /items/[id]"]
others = sorted(set(rows) - set(item_rows))
text = ", ".join(others)
if item_rows:
    text += (", " if others else "") + "and one row per item id (" + ("more than 5" if len(item_rows) > 5 else str(len(item_rows))) + ")"
case("the rows of Locust's stats", text)
check.done()
