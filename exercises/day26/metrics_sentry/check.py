"""Hidden check for day26/metrics_sentry: one line per case.

Metrics: each case gives the learner's instrument() a fresh CollectorRegistry and a
fake clock, drives a grader-owned handler, and reads the values back from the
exposition text (generate_latest) with prometheus_client's own parser. The *_created
series (wall-clock times) are ignored. Sentry: scrub_pii is called on events built
here; then the real sentry_sdk runs with the learner's MemoryTransport (nothing leaves
the process) and the check reads the events out of the envelopes it kept. Event ids
are random: only their agreement is printed.
"""
import json

from pygrade_check import Check, Verdict, show


def verdict_case(label, fn):
    """A case whose result is text: fn returns it, or raises Verdict with it."""
    check.case(label, fn, render=str)


check = Check()
mod = check.load("metrics_sentry.py")
NAMES = ("instrument", "MemoryTransport", "scrub_pii", "init_sentry", "report_error", "report_message")
if not check.need(mod, *NAMES):
    check.done()

import sentry_sdk
from prometheus_client import REGISTRY, CollectorRegistry, generate_latest
from prometheus_client.parser import text_string_to_metric_families
from sentry_sdk.envelope import Envelope

import shop


# -- metrics -------------------------------------------------------------------------------
class FakeClock:
    """Returns the given readings in turn (the last one again when they run out)."""

    def __init__(self, readings):
        self.readings = list(readings)
        self.calls = 0

    def __call__(self):
        value = self.readings[min(self.calls, len(self.readings) - 1)]
        self.calls += 1
        return value


def readings_for(durations, start=100.0):
    out, now = [], start
    for d in durations:
        out += [now, now + d]
        now += 10.0
    return out


def samples(registry):
    text = generate_latest(registry).decode("utf-8")
    found = []
    for family in text_string_to_metric_families(text):
        for s in family.samples:
            if not s.name.endswith("_created"):
                found.append(s)
    return found


def number(value):
    return int(value) if float(value).is_integer() else value


def counter_lines(registry):
    rows = [s for s in samples(registry) if s.name == "http_requests_total"]
    if not rows:
        names = sorted({s.name for s in samples(registry)})
        return "no http_requests_total series in the registry's exposition; it has " + show(names)
    shown = sorted(
        (" ".join(k + "=" + v for k, v in sorted(s.labels.items())) + ": " + str(number(s.value)) for s in rows)
    )
    return "; ".join(shown)


def histogram_lines(registry):
    found = samples(registry)
    series = {}
    for s in found:
        if not s.name.startswith("http_request_duration_seconds_"):
            continue
        labels = {k: v for k, v in s.labels.items() if k != "le"}
        key = " ".join(k + "=" + v for k, v in sorted(labels.items()))
        entry = series.setdefault(key, {"buckets": [], "count": None, "sum": None})
        kind = s.name[len("http_request_duration_seconds_"):]
        if kind == "bucket":
            entry["buckets"].append(s.labels.get("le", "?") + ":" + str(number(s.value)))
        elif kind in ("count", "sum"):
            entry[kind] = number(s.value)
    if not series:
        names = sorted({s.name for s in found})
        return "no http_request_duration_seconds series in the registry's exposition; it has " + show(names)
    parts = []
    for key in sorted(series):
        e = series[key]
        parts.append(
            "{" + key + "} le " + " ".join(e["buckets"]) + " count " + str(e["count"]) + " sum " + str(e["sum"])
        )
    return "; ".join(parts)


REQUESTS = [
    ("GET", "/items", 0.0078125),
    ("GET", "/items?page=2", 0.0625),
    ("POST", "/cart", 0.25),
    ("GET", "/nope", 0.5),
    ("GET", "/items?page=3&size=50", 0.75),
    ("POST", "/cart", 2.5),
    ("GET", "/items", 8.0),
]
REG1 = CollectorRegistry()
CLOCK1 = FakeClock(readings_for([d for _, _, d in REQUESTS]))
WRAPPED = []


def drive():
    wrapped = mod.instrument(shop.handler, REG1, clock=CLOCK1)
    if not callable(wrapped):
        raise Verdict("instrument returned " + show(wrapped) + ", expected a callable")
    WRAPPED.append(wrapped)
    del shop.SEEN[:]
    return [wrapped(m, p) for m, p, _ in REQUESTS]


verdict_case("7 requests through the wrapper: what it returned", lambda: show(drive()))


def after_drive(fn):
    def run():
        if not WRAPPED:
            raise Verdict("not run: the 7 requests above failed")
        return fn()

    return run


verdict_case("what the handler received", after_drive(lambda: show(list(shop.SEEN))))
verdict_case("http_requests_total after them", after_drive(lambda: counter_lines(REG1)))
verdict_case("http_request_duration_seconds after them", after_drive(lambda: histogram_lines(REG1)))
verdict_case("calls to the injected clock", after_drive(lambda: show(CLOCK1.calls)))

REG2 = CollectorRegistry()
CLOCK2 = FakeClock([50.0, 50.125])


def failing_request():
    wrapped = mod.instrument(shop.handler, REG2, clock=CLOCK2)
    try:
        result = wrapped("DELETE", "/boom?force=1")
    except LookupError as exc:
        return "raises LookupError" + (" (the handler's own)" if exc is shop.BOOM else " (a new one)")
    except Exception as exc:
        check.learner_traceback("a request whose handler raises")
        return "raises " + type(exc).__name__ + " (expected the handler's LookupError)"
    return "returned " + show(result) + " (expected the handler's LookupError)"


check.case("a request whose handler raises, on a second fresh registry", failing_request, render=str)
check.case("http_requests_total after it", lambda: counter_lines(REG2), render=str)
check.case("http_request_duration_seconds after it", lambda: histogram_lines(REG2), render=str)
check.case(
    "the default global registry has http_requests_total",
    lambda: any(s.name.startswith("http_request") for s in samples(REGISTRY)),
)


# -- scrub_pii ----------------------------------------------------------------------------
def render_json(value):
    try:
        return json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        return show(value)


def scrub_case(label, event):
    def run():
        result = mod.scrub_pii(event, {})
        if not isinstance(result, dict):
            raise Verdict("returned " + show(result) + ", expected the event dict")
        return render_json(result)

    verdict_case(label, run)


scrub_case(
    "scrub_pii on a login request event",
    {
        "request": {
            "method": "POST",
            "url": "https://shop.example/login",
            "headers": {"Authorization": "Bearer eyJhbGciOi", "Content-Type": "application/json", "X-Request-Id": "r-1"},
            "data": {"username": "ann", "password": "hunter2", "remember": True},
        }
    },
)
scrub_case(
    "scrub_pii on secret-looking keys",
    {"extra": {"Password": "x1", "new_password": "x2", "access_token": "x3", "TOKEN": 12345, "page": 2, "session": "s-9"}},
)
scrub_case(
    "scrub_pii on authorization headers in other cases",
    {"request": {"headers": {"authorization": "Basic YW5uOnB3", "AUTHORIZATION": "Token abc", "Accept": "*/*"}}},
)
scrub_case(
    "scrub_pii on email addresses in text",
    {
        "message": "reset sent to ann@example.com and ann.lee+shop@mail.example.co.uk today",
        "tags": {"who": "bob_99@x-y.io"},
        "extra": {"note": "price @ 5 EUR, ask @shop on chat"},
    },
)
scrub_case(
    "scrub_pii deep inside lists and nested dicts",
    {
        "breadcrumbs": {"values": [{"message": "login by eve@example.com", "data": {"token": "t-1", "step": 2}}]},
        "exception": {"values": [{"type": "ValueError", "value": "no account for carl@example.org",
                                  "stacktrace": {"frames": [{"vars": {"password": "'pw'", "who": "'dan@example.com'"}}]}}]},
    },
)
scrub_case(
    "scrub_pii on a secret key holding a dict and a list",
    {"extra": {"auth_token": {"value": "abc", "scopes": ["r", "w"]}, "passwords": ["a", "b"], "ids": [1, 2]}},
)
scrub_case(
    "scrub_pii on an event with nothing to scrub",
    {"level": "error", "extra": {"count": 3, "ratio": 0.5, "flag": False, "nothing": None,
                                 "items": [1, "two", {"three": 3.0}], "sku": "A-17", "build": "api@3.10.0"}},
)


# -- Sentry end to end -----------------------------------------------------------------------
def summary(envelope, returned_id):
    if not isinstance(envelope, Envelope):
        raise Verdict("the transport's .envelopes holds a " + type(envelope).__name__ + ", expected sentry_sdk Envelope objects")
    event = envelope.get_event()
    if event is None:
        kinds = [item.headers.get("type") for item in envelope.items]
        return "an envelope without an event: " + show(kinds)
    out = {"level": event.get("level")}
    values = (event.get("exception") or {}).get("values") or []
    if values:
        out["exception"] = str(values[-1].get("type")) + ": " + str(values[-1].get("value"))
    if "message" in event:
        out["message"] = event["message"]
    for key in ("environment", "release", "user"):
        out[key] = event.get(key)
    if event.get("tags"):
        out["tags"] = event["tags"]
    extra = {k: v for k, v in (event.get("extra") or {}).items() if k in ("note", "password")}
    if extra:
        out["extra"] = extra
    out["id returned"] = returned_id == event.get("event_id")
    return render_json(out)


T1 = []
IDS = []


def run_sentry():
    transport = mod.MemoryTransport()
    mod.init_sentry(transport)
    T1.append(transport)
    client = sentry_sdk.get_client()
    return "dsn is DSN: " + str(str(client.dsn) == mod.DSN) + ", transport used: " + str(client.transport is transport)


check.case("MemoryTransport() given to init_sentry", run_sentry, render=str)


def with_transport(fn):
    def run():
        if not T1:
            raise Verdict("not run: init_sentry above failed")
        return fn(T1[0])

    return run


def capture_all(transport):
    with sentry_sdk.new_scope() as scope:
        scope.set_user({"id": 7, "email": "ann@example.com"})
        scope.set_tag("customer", "bob_99@x-y.io")
        scope.set_extra("note", "call ann.lee+shop@mail.example.co.uk")
        scope.set_extra("password", "hunter2")
        try:
            shop.lookup_account("carl@example.org")
        except ValueError as exc:
            IDS.append(mod.report_error(exc))
    IDS.append(mod.report_message("checkout slow for dora@example.net"))
    IDS.append(mod.report_message("disk almost full", level="error"))
    envelopes = getattr(transport, "envelopes", None)
    if not isinstance(envelopes, list):
        raise Verdict("the transport's .envelopes is " + show(envelopes) + ", expected a list")
    return str(len(envelopes)) + " envelope(s)"


verdict_case("report_error, then report_message twice", with_transport(capture_all))


def envelope_case(index, label):
    def run(transport):
        envelopes = getattr(transport, "envelopes", None) or []
        if index >= len(envelopes):
            raise Verdict("the transport holds no envelope #" + str(index + 1) + " (it holds " + str(len(envelopes)) + ")")
        return summary(envelopes[index], IDS[index] if index < len(IDS) else None)

    verdict_case(label, with_transport(run))


envelope_case(0, "the error's event")
envelope_case(1, "the first message's event")
envelope_case(2, "the second message's event")


def second_client(transport):
    before = len(getattr(transport, "envelopes", []) or [])
    other = mod.MemoryTransport()
    mod.init_sentry(other)
    mod.report_message("hello from the second client")
    return (
        "first transport got " + str(len(getattr(transport, "envelopes", []) or []) - before)
        + " more, second got " + str(len(getattr(other, "envelopes", []) or []))
    )


check.case("init_sentry again with a new transport, then one message", with_transport(second_client), render=str)
check.done()
