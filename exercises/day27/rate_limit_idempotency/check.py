"""Hidden check for day27/rate_limit_idempotency: one line per case.

Time is the check's: every TokenBucket and IdempotencyStore gets a fake clock whose
value the check sets (dyadic fractions, so the refill arithmetic is exact). The default
clock is proven by replacing time.monotonic with a fake before the learner's module is
imported (so `clock=time.monotonic` defaults bind it) and while those cases run. The
idempotency handler counts its executions; "while still running" is a handler that
sends the same key again from inside itself. The app is driven with FastAPI's
TestClient, on buckets and stores the check builds (from the learner's classes) with its
own clock.
"""
import copy
import time
import warnings

warnings.filterwarnings("ignore", message=".*httpx.*")

from fastapi.testclient import TestClient  # noqa: E402
from pygrade_check import Check, Verdict, show  # noqa: E402


class Clock:
    """A clock the check sets: seconds as a float."""

    def __init__(self, t=0.0):
        self.t = t

    def __call__(self):
        return self.t


real_monotonic = time.monotonic
fake_monotonic = Clock(5000.0)

check = Check()
time.monotonic = fake_monotonic  # the module's `clock=time.monotonic` defaults bind the fake
try:
    mod = check.load("rate_limit_idempotency.py")
finally:
    time.monotonic = real_monotonic
if not check.need(mod, "TokenBucket", "IdempotencyStore", "create_app"):
    check.done()


# The learner's value has the wrong shape: the message is the case's result.
Wrong = Verdict


def run(label, thunk):
    check.case(label, thunk, render=str)


def num(x):
    if isinstance(x, bool) or not isinstance(x, (int, float)):
        raise Wrong("returned " + show(x) + ", expected a number of seconds")
    return format(round(x, 9), "g")


def flags(results):
    return "[" + ", ".join(show(r) for r in results) + "]"


# -- TokenBucket ---------------------------------------------------------------------------------
def burst():
    c = Clock(0.0)
    b = mod.TokenBucket(3, 1, clock=c)
    return flags([b.allow("a") for _ in range(4)]) + "; retry_after: " + num(b.retry_after("a"))


run("TokenBucket(3, 1): 4 requests from 'a' at once, then retry_after('a')", burst)


def partial():
    c = Clock(0.0)
    b = mod.TokenBucket(3, 1, clock=c)
    for _ in range(3):
        b.allow("a")
    out = []
    for t in (0.25, 0.5, 0.75, 1.0, 1.0):
        c.t = t
        wait = num(b.retry_after("a"))
        out.append(wait + " " + show(b.allow("a")))
    return ", ".join(out)


run("TokenBucket(3, 1) emptied by 'a': retry_after then allow at several moments after", partial)


def rate():
    c = Clock(10.0)
    b = mod.TokenBucket(2, 4, clock=c)
    first = [b.allow("k"), b.allow("k"), b.allow("k")]
    wait = num(b.retry_after("k"))
    c.t = 10.25
    second = [b.allow("k"), b.allow("k")]
    c.t = 10.75
    third = [b.allow("k"), b.allow("k"), b.allow("k")]
    return flags(first) + ", retry_after " + wait + "; 0.25 s later " + flags(second) + "; 0.5 s later " + flags(third)


run("TokenBucket(2, 4): requests from one key over a second", rate)


def capped():
    c = Clock(0.0)
    b = mod.TokenBucket(3, 2, clock=c)
    for _ in range(3):
        b.allow("a")
    c.t = 100.0
    return flags([b.allow("a") for _ in range(5)])


run("TokenBucket(3, 2): emptied, then idle for 100 s: 5 requests", capped)


def keys_fresh():
    c = Clock(0.0)
    b = mod.TokenBucket(2, 1, clock=c)
    a = [b.allow("a") for _ in range(3)]
    other = [b.allow("b") for _ in range(3)]
    return "'a': " + flags(a) + ", then 'b': " + flags(other) + ", retry_after('c'): " + num(b.retry_after("c"))


run("TokenBucket(2, 1): 'a' sends 3, then 'b' sends 3, at the same moment", keys_fresh)


def keys_refill():
    c = Clock(0.0)
    b = mod.TokenBucket(1, 1, clock=c)
    out = [("a", 0.0), ("b", 0.5), ("a", 1.0), ("b", 1.0), ("b", 1.5)]
    res = []
    for key, t in out:
        c.t = t
        res.append(key + "@" + format(t, "g") + " " + show(b.allow(key)))
    return ", ".join(res)


run("TokenBucket(1, 1): 'a' and 'b' take turns", keys_refill)


def denied_free():
    c = Clock(0.0)
    b = mod.TokenBucket(1, 1, clock=c)
    res = [b.allow("a")] + [b.allow("a") for _ in range(5)]
    c.t = 0.5
    res.append(b.allow("a"))
    c.t = 1.0
    res.append(b.allow("a"))
    return flags(res)


run("TokenBucket(1, 1): 1 + 5 requests at once, then one at 0.5 s and one at 1 s", denied_free)


def retry_free():
    c = Clock(0.0)
    b = mod.TokenBucket(1, 1, clock=c)
    waits = [num(b.retry_after("new")) for _ in range(3)]
    return "retry_after x3: " + ", ".join(waits) + "; then " + flags([b.allow("new"), b.allow("new")])


run("TokenBucket(1, 1): retry_after('new') three times, then two requests", retry_free)

check.raises("TokenBucket(0, 1)", lambda: mod.TokenBucket(0, 1, clock=Clock()), ValueError)
check.raises("TokenBucket(5, 0)", lambda: mod.TokenBucket(5, 0, clock=Clock()), ValueError)
check.raises("TokenBucket(5, -2)", lambda: mod.TokenBucket(5, -2, clock=Clock()), ValueError)


def default_clock_bucket():
    time.monotonic = fake_monotonic
    try:
        fake_monotonic.t = 5000.0
        b = mod.TokenBucket(1, 2)
        res = [b.allow("d"), b.allow("d")]
        fake_monotonic.t = 5000.5
        res.append(b.allow("d"))
        return flags(res)
    finally:
        time.monotonic = real_monotonic


run("TokenBucket(1, 2) with the default clock: 2 requests, then 1 after 0.5 s of monotonic time",
    default_clock_bucket)


# -- IdempotencyStore ----------------------------------------------------------------------------
class Payments:
    """The handler: counts executions, answers 201 with a fresh body."""

    def __init__(self, status=201):
        self.calls = 0
        self.status = status

    def __call__(self, payload):
        self.calls += 1
        return self.status, {"id": self.calls, "payment": copy.deepcopy(payload)}


def result(r):
    if not (isinstance(r, (tuple, list)) and len(r) == 2):
        raise Wrong("returned " + show(r) + ", expected a (status, body) tuple")
    status, body = r
    if status in (409, 422) and isinstance(body, dict) and list(body) == ["detail"] \
            and isinstance(body["detail"], str) and body["detail"]:
        return str(status) + " with a detail message"
    return show(status) + " " + show(body)


def calls(h):
    return "handler runs: " + str(h.calls)


clock = Clock(1000.0)
store = None
pay = Payments()
EUR5 = {"amount": 5, "currency": "EUR", "tags": ["gift"]}


def new_store(**kw):
    kw.setdefault("clock", clock)
    return mod.IdempotencyStore(**kw)


def first():
    global store
    store = new_store()
    return result(store.handle("k1", copy.deepcopy(EUR5), pay)) + "; " + calls(pay)


run("handle('k1', payment of 5 EUR)", first)
run("handle('k1', the same payment) again",
    lambda: result(store.handle("k1", copy.deepcopy(EUR5), pay)) + "; " + calls(pay))
run("handle('k1', the same payment, its keys in another order)",
    lambda: result(store.handle("k1", {"tags": ["gift"], "currency": "EUR", "amount": 5}, pay)) + "; " + calls(pay))
run("handle('k1', a payment of 50 EUR)",
    lambda: result(store.handle("k1", {"amount": 50, "currency": "EUR", "tags": ["gift"]}, pay)) + "; " + calls(pay))
run("handle('k1', the 5 EUR payment) once more",
    lambda: result(store.handle("k1", copy.deepcopy(EUR5), pay)) + "; " + calls(pay))


def no_key():
    a = result(store.handle(None, {"amount": 1}, pay))
    b = result(store.handle(None, {"amount": 1}, pay))
    return a + " then " + b + "; " + calls(pay)


run("handle(None, a payment of 1) twice", no_key)
run("handle('k2', the 5 EUR payment)", lambda: result(store.handle("k2", copy.deepcopy(EUR5), pay)) + "; " + calls(pay))


def in_flight():
    s = new_store()
    inner_pay = Payments()
    seen = []

    def slow(payload):
        seen.append(result(s.handle("k3", copy.deepcopy(payload), inner_pay)))
        return 201, {"id": 1, "payment": copy.deepcopy(payload)}

    outer = result(s.handle("k3", {"amount": 9}, slow))
    again = result(s.handle("k3", {"amount": 9}, inner_pay))
    return ("retry during the first: " + (seen[0] if seen else "never answered") + ", its handler runs: "
            + str(inner_pay.calls) + "; first: " + outer + "; afterwards: " + again)


run("handle('k3', ...) sent again while the first request with 'k3' is still running", in_flight)


def raising():
    s = new_store()
    h = Payments()

    def broken(payload):
        raise RuntimeError("card network down")

    try:
        r = s.handle("k4", {"amount": 3}, broken)
        text = "first returned " + result(r)
    except RuntimeError:
        text = "first raises RuntimeError"
    return text + "; retry: " + result(s.handle("k4", {"amount": 3}, h)) + "; " + calls(h)


run("handle('k4', ...) whose handler raises RuntimeError, then a retry that works", raising)


def status_kept(code):
    def thunk():
        s = new_store()
        failing = Payments(status=code)
        h = Payments()
        a = result(s.handle("k5", {"amount": 4}, failing))
        b = result(s.handle("k5", {"amount": 4}, h))
        return a + "; retry: " + b + "; handler runs: " + str(failing.calls) + " + " + str(h.calls)

    return thunk


run("handle('k5', ...) answered 503, then a retry", status_kept(503))
run("handle('k5', ...) answered 400, then a retry", status_kept(400))
run("handle('k5', ...) answered 200, then a retry", status_kept(200))


def mutate(response, **changes):
    """What a caller might do to a body it got back (nothing if it has another shape)."""
    if isinstance(response, (tuple, list)) and len(response) == 2 and isinstance(response[1], dict):
        body = response[1]
        body["id"] = 999
        if isinstance(body.get("payment"), dict):
            body["payment"].update(changes)


def snapshots():
    s = new_store()
    h = Payments()
    payload = {"amount": 7, "currency": "SEK"}
    mutate(s.handle("k6", payload, h), amount=0)
    payload["amount"] = 70  # the caller reuses its dict
    r1 = s.handle("k6", {"amount": 7, "currency": "SEK"}, h)
    text = result(r1)
    mutate(r1, currency="NOK")
    r2 = s.handle("k6", {"amount": 7, "currency": "SEK"}, h)
    return "first replay: " + text + "; second: " + result(r2) + "; " + calls(h)


run("replays of 'k6' after the caller changed its payload and the bodies it got", snapshots)


def ttl():
    c = Clock(2000.0)
    s = mod.IdempotencyStore(ttl=60, clock=c)
    h = Payments()
    out = []
    for t in (2000.0, 2059.75, 2060.0, 2119.75, 2120.0):
        c.t = t
        out.append("+" + format(t - 2000, "g") + " s: " + result(s.handle("k7", {"amount": 2}, h)))
    return ", ".join(out) + "; " + calls(h)


run("IdempotencyStore(ttl=60): 'k7' sent at several moments", ttl)


def default_ttl():
    c = Clock(0.0)
    s = mod.IdempotencyStore(clock=c)
    h = Payments()
    out = []
    for t in (0.0, 86399.5, 86400.0):
        c.t = t
        out.append(result(s.handle("k8", {"amount": 1}, h)))
    return ", ".join(out)


run("IdempotencyStore() with ttl at its default: 'k8' at 0 s, 86399.5 s and 86400 s", default_ttl)
check.raises("IdempotencyStore(ttl=0)", lambda: mod.IdempotencyStore(ttl=0, clock=Clock()), ValueError)
check.raises("IdempotencyStore(ttl=-1)", lambda: mod.IdempotencyStore(ttl=-1, clock=Clock()), ValueError)


def default_clock_store():
    time.monotonic = fake_monotonic
    try:
        fake_monotonic.t = 7000.0
        s = mod.IdempotencyStore(ttl=10)
        h = Payments()
        a = result(s.handle("k9", {"amount": 1}, h))
        fake_monotonic.t = 7009.5
        b = result(s.handle("k9", {"amount": 1}, h))
        fake_monotonic.t = 7010.0
        c = result(s.handle("k9", {"amount": 1}, h))
        return a + ", " + b + ", " + c
    finally:
        time.monotonic = real_monotonic


run("IdempotencyStore(ttl=10) with the default clock: 'k9' at 0 s, 9.5 s and 10 s of monotonic time",
    default_clock_store)

# -- the app -------------------------------------------------------------------------------------
app_clock = Clock(300.0)


def answer(r):
    try:
        body = r.json()
    except ValueError:
        body = r.text[:80]
    text = str(r.status_code)
    if r.status_code == 429:
        text += ", Retry-After: " + show(r.headers.get("Retry-After"))
    if isinstance(body, dict) and list(body) == ["detail"] and isinstance(body["detail"], str) and body["detail"]:
        return text + ", a detail message"
    return text + " " + show(body)


class AppFailed(Exception):
    pass


clients = {}


def client(name, capacity=2, rate=0.5):
    if name not in clients:
        bucket = mod.TokenBucket(capacity, rate, clock=app_clock)
        istore = mod.IdempotencyStore(clock=app_clock)
        app = mod.create_app(bucket, istore)
        clients[name] = (TestClient(app), bucket)
    return clients[name]


def post(name, who, key, payload, **kw):
    c, _ = client(name, **kw)
    headers = {}
    if who is not None:
        headers["X-Client-Id"] = who
    if key is not None:
        headers["Idempotency-Key"] = key
    return answer(c.post("/payments", json=payload, headers=headers))


run("app: alice pays 10 with Idempotency-Key p1", lambda: post("main", "alice", "p1", {"amount": 10}))
run("app: alice sends p1 again", lambda: post("main", "alice", "p1", {"amount": 10}))
run("app: alice pays 20 with p2, at once", lambda: post("main", "alice", "p2", {"amount": 20}))


def later(dt, *args):
    def thunk():
        app_clock.t += dt
        return post(*args)

    return thunk


run("app: alice sends p2 again 0.5 s later", later(0.5, "main", "alice", "p2", {"amount": 20}))
run("app: bob pays 30 with q1 at the same moment", lambda: post("main", "bob", "q1", {"amount": 30}))
run("app: alice sends p2 again 1.5 s later", later(1.5, "main", "alice", "p2", {"amount": 20}))
run("app: bob sends q1 with another amount", lambda: post("main", "bob", "q1", {"amount": 31}))


def no_key_app():
    return post("nokey", "carol", None, {"amount": 5}, capacity=5) + " then " + \
        post("nokey", "carol", None, {"amount": 5}, capacity=5)


run("app: carol pays 5 twice without an Idempotency-Key", no_key_app)


def anonymous():
    _, bucket = client("anon", capacity=1, rate=0.25)
    bucket.allow("anonymous")  # the check spends the anonymous client's only token
    return post("anon", None, "z1", {"amount": 1}, capacity=1, rate=0.25) + "; with X-Client-Id dave: " + \
        post("anon", "dave", "z1", {"amount": 1}, capacity=1, rate=0.25)


run("app: a request without X-Client-Id after 'anonymous' spent its tokens, then one from dave", anonymous)


def replay_costs():
    return post("one", "erin", "r1", {"amount": 8}, capacity=1, rate=4) + " then " + \
        post("one", "erin", "r1", {"amount": 8}, capacity=1, rate=4)


run("app with TokenBucket(1, 4): erin sends r1 twice at once", replay_costs)
check.done()
