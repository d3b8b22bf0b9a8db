"""Day 26 — reference solution: Prometheus metrics and Sentry with PII scrubbing."""

import re
import time

import sentry_sdk
from prometheus_client import Counter, Histogram
from sentry_sdk.transport import Transport

BUCKETS = (0.01, 0.1, 0.5, 1.0, 5.0)
DSN = "https://public@sentry.example.invalid/42"
ENVIRONMENT = "pygrade"
RELEASE = "shop@1.4.2"

EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
SECRET_WORDS = ("password", "token")


def instrument(handler, registry, clock=time.perf_counter):
    """Wrap handler(method, path) -> (status, body) with a request counter and a latency histogram."""
    requests = Counter(
        "http_requests", "HTTP requests handled", ["method", "path", "status"], registry=registry
    )
    latency = Histogram(
        "http_request_duration_seconds", "Time spent handling a request", ["path"],
        buckets=BUCKETS, registry=registry,
    )

    def wrapped(method, path):
        route = path.split("?", 1)[0]
        status = 500  # stays 500 when the handler raises
        start = clock()
        try:
            response = handler(method, path)
            status = response[0]
            return response
        finally:
            latency.labels(path=route).observe(clock() - start)
            requests.labels(method=method, path=route, status=str(status)).inc()

    return wrapped


class MemoryTransport(Transport):
    """A Sentry transport that keeps every envelope in memory and sends nothing."""

    def __init__(self):
        super().__init__()
        self.envelopes = []

    def capture_envelope(self, envelope):
        self.envelopes.append(envelope)


def _is_secret(key):
    lowered = key.lower()
    return lowered == "authorization" or any(word in lowered for word in SECRET_WORDS)


def _scrub(value):
    if isinstance(value, dict):
        return {
            k: "[Filtered]" if isinstance(k, str) and _is_secret(k) else _scrub(v)
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [_scrub(v) for v in value]
    if isinstance(value, str):
        return EMAIL.sub("[email]", value)
    return value


def scrub_pii(event, hint):
    """before_send: return the event with secrets and email addresses removed."""
    return _scrub(event)


def init_sentry(transport):
    sentry_sdk.init(
        dsn=DSN,
        transport=transport,
        environment=ENVIRONMENT,
        release=RELEASE,
        before_send=scrub_pii,
    )


def report_error(exc):
    return sentry_sdk.capture_exception(exc)


def report_message(text, level="warning"):
    return sentry_sdk.capture_message(text, level=level)
