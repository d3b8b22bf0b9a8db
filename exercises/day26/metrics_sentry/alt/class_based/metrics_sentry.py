"""Day 26 — alternative: an Instrumented class with try/except/else, an in-place
scrubber driven by an explicit stack, and Sentry's scope API for captures."""

import re
import time

import sentry_sdk
from prometheus_client import Counter, Histogram
from sentry_sdk.transport import Transport

BUCKETS = (0.01, 0.1, 0.5, 1.0, 5.0)
DSN = "https://public@sentry.example.invalid/42"
ENVIRONMENT = "pygrade"
RELEASE = "shop@1.4.2"


class Instrumented:
    def __init__(self, handler, registry, clock):
        self.handler = handler
        self.clock = clock
        self.total = Counter(
            "http_requests_total", "Requests by method, path and status",
            labelnames=("method", "path", "status"), registry=registry,
        )
        self.duration = Histogram(
            "http_request_duration_seconds", "Request latency",
            labelnames=("path",), buckets=list(BUCKETS), registry=registry,
        )

    def _record(self, method, route, status, seconds):
        self.total.labels(method, route, status).inc()
        self.duration.labels(route).observe(seconds)

    def __call__(self, method, path):
        route, _, _query = path.partition("?")
        began = self.clock()
        try:
            status, body = self.handler(method, path)
        except BaseException:
            self._record(method, route, "500", self.clock() - began)
            raise
        else:
            self._record(method, route, "%d" % status, self.clock() - began)
            return status, body


def instrument(handler, registry, clock=time.perf_counter):
    return Instrumented(handler, registry, clock)


class MemoryTransport(Transport):
    def __init__(self, options=None):
        Transport.__init__(self, options)
        self.envelopes = []

    def capture_envelope(self, envelope):
        self.envelopes += [envelope]


_EMAIL = re.compile(r"\b[\w.+%-]+@(?:[\w-]+\.)+[a-zA-Z]{2,}\b")


def _secret(key):
    k = str(key).casefold()
    return "password" in k or "token" in k or k == "authorization"


def scrub_pii(event, hint):
    stack = [event]
    while stack:
        node = stack.pop()
        slots = node.items() if isinstance(node, dict) else enumerate(node)
        for slot, value in list(slots):
            if isinstance(node, dict) and _secret(slot):
                node[slot] = "[Filtered]"
            elif isinstance(value, str):
                node[slot] = _EMAIL.sub("[email]", value)
            elif isinstance(value, (dict, list)):
                stack.append(value)
    return event


def init_sentry(transport):
    sentry_sdk.init(
        DSN,
        transport=transport,
        environment=ENVIRONMENT,
        release=RELEASE,
        before_send=lambda event, hint: scrub_pii(event, hint),
        default_integrations=False,
    )


def report_error(exc):
    return sentry_sdk.get_current_scope().capture_exception(exc)


def report_message(text, level="warning"):
    return sentry_sdk.get_current_scope().capture_message(text, level)
