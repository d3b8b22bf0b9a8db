"""Day 17 — reference solution: a Celery task with retries, backoff and a stored result."""

from celery import Celery

MAX_RETRIES = 4


class RateUnavailable(Exception):
    """The rates service is busy or down for a moment: worth trying again later."""


def get_rate(currency):
    """Ask the rates service for `currency`'s rate (the check replaces this function)."""
    return {"EUR": 1.0, "USD": 1.08, "GBP": 0.86}[currency]


def make_app(broker_url, backend_url, retry_delay):
    """A Celery app on the given broker and result backend, with rates.convert."""
    app = Celery("rates", broker=broker_url, backend=backend_url)

    @app.task(name="rates.convert", bind=True, max_retries=MAX_RETRIES)
    def convert(self, amount_cents, currency):
        if not isinstance(amount_cents, int) or isinstance(amount_cents, bool) or amount_cents < 0:
            raise ValueError(f"amount_cents must be a whole number >= 0, got {amount_cents!r}")
        try:
            rate = get_rate(currency)
        except RateUnavailable as exc:
            # retries so far: 0 before the first retry, so the waits are d, 2d, 4d, 8d.
            # With exc=, the last failure is re-raised once max_retries is used up.
            raise self.retry(exc=exc, countdown=retry_delay * 2 ** self.request.retries)
        return {
            "currency": currency,
            "cents": round(amount_cents * rate),
            "attempt": self.request.retries + 1,
        }

    return app
