"""Day 26 — Add Prometheus metrics + Sentry integration.

Metrics answer "how many, how fast"; error tracking answers "what broke, where".

Prometheus (`prometheus_client`): a Counter only goes up; a Histogram counts
observations into cumulative buckets (`le` = "less or equal") plus a `_sum` and a
`_count`. Labels split one metric into series; `.labels(path="/cart")` picks one.
Metrics belong to a registry: pass `registry=` when you create them, so each app (and
each test) has its own; the exposition text `generate_latest(registry)` is what
Prometheus scrapes. Never put raw URLs with query strings in labels: every distinct
value is a new series.

Sentry (`sentry_sdk`): `sentry_sdk.init(...)` builds a client; `capture_exception` and
`capture_message` turn errors into *events*, which a *transport* ships as *envelopes*
(`sentry_sdk.envelope.Envelope`; `envelope.get_event()` gives the event dict). A
`Transport` subclass with a `capture_envelope(self, envelope)` method replaces the
network. `before_send(event, hint)` sees every event last and returns the event to
send (or None to drop it): the place to scrub personal data.

Contract
  * `instrument(handler, registry, clock=time.perf_counter)` creates, on `registry`
    only (never the global default registry), and returns `wrapped(method, path)`:
      - Counter `http_requests_total` (labels method, path, status): +1 per call.
      - Histogram `http_request_duration_seconds` (label path) with buckets
        0.01, 0.1, 0.5, 1.0, 5.0 (+Inf is added for you): one observation per call,
        the handler's duration `clock()` after minus `clock()` before (call `clock`
        exactly twice per request: the check's clock is fake).
      - `wrapped` calls `handler(method, path)`, which returns `(status, body)`, and
        returns that same tuple. The status label is the status code ("404").
      - The path label is the path without its query string ("/items?page=2" ->
        "/items"); the handler still gets the full path.
      - If the handler raises, the call is counted with status "500" and observed,
        and the exception propagates unchanged.
  * `MemoryTransport()`: a `sentry_sdk.transport.Transport` subclass whose
    `.envelopes` list holds every Envelope it was given, in order; nothing is sent.
  * `init_sentry(transport)`: `sentry_sdk.init` with dsn=DSN, that transport,
    environment=ENVIRONMENT, release=RELEASE and before_send=scrub_pii.
  * `report_error(exc)` captures `exc` as an exception event (level "error");
    `report_message(text, level="warning")` captures a message event at `level`.
    Both return the event id Sentry gives back.
  * `scrub_pii(event, hint)` returns the event with, at any depth (dicts and lists):
      - the value of every key whose lower-case form contains "password" or "token",
        or equals "authorization" (any value type), replaced by "[Filtered]";
      - every email address inside any other string replaced by "[email]", the rest
        of the string kept. An address is name@domain.tld: the name may hold letters,
        digits and . _ % + -, the domain may have subdomains and hyphens, and the
        top-level domain is letters only, so a release like "shop@1.4.2" is no email;
      - everything else unchanged: keys, numbers, booleans, None, other text.
"""

import re
import time

import sentry_sdk
from prometheus_client import Counter, Histogram
from sentry_sdk.transport import Transport

BUCKETS = (0.01, 0.1, 0.5, 1.0, 5.0)
DSN = "https://public@sentry.example.invalid/42"
ENVIRONMENT = "pygrade"
RELEASE = "shop@1.4.2"


def instrument(handler, registry, clock=time.perf_counter):
    """Wrap handler(method, path) -> (status, body) with a request counter and a latency histogram."""
    # Your code here: replace the line below.
    raise NotImplementedError("instrument")


class MemoryTransport(Transport):
    """A Sentry transport that keeps every envelope in memory and sends nothing."""

    def capture_envelope(self, envelope):
        # Your code here: replace the line below.
        raise NotImplementedError("MemoryTransport.capture_envelope")


def scrub_pii(event, hint):
    """before_send: return the event with secrets and email addresses removed."""
    # Your code here: replace the line below.
    raise NotImplementedError("scrub_pii")


def init_sentry(transport):
    """Start Sentry with the in-memory transport and the PII scrubber."""
    # Your code here: replace the line below.
    raise NotImplementedError("init_sentry")


def report_error(exc):
    """Capture `exc` as an exception event; return its event id."""
    # Your code here: replace the line below.
    raise NotImplementedError("report_error")


def report_message(text, level="warning"):
    """Capture `text` as a message event at `level`; return its event id."""
    # Your code here: replace the line below.
    raise NotImplementedError("report_message")
