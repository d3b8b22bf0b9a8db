"""Day 17 — alternative: a Task subclass with Celery's declarative autoretry
(autoretry_for + retry_backoff, jitter off), configured through app.conf."""

from celery import Celery, Task


class RateUnavailable(Exception):
    """The rates service is busy or down for a moment: worth trying again later."""


def get_rate(currency):
    """Ask the rates service for `currency`'s rate (the check replaces this function)."""
    return {"EUR": 1.0, "USD": 1.08, "GBP": 0.86}[currency]


class Convert(Task):
    name = "rates.convert"
    autoretry_for = (RateUnavailable,)
    max_retries = 4
    retry_jitter = False
    retry_backoff_max = 24 * 3600

    def run(self, amount_cents, currency):
        if type(amount_cents) is not int or amount_cents < 0:
            raise ValueError("amount_cents must be a whole number >= 0")
        rate = get_rate(currency)  # RateUnavailable: autoretry schedules the retry
        return {
            "currency": currency,
            "cents": int(round(amount_cents * rate)),
            "attempt": self.request.retries + 1,
        }


def make_app(broker_url, backend_url, retry_delay):
    """A Celery app on the given broker and result backend, with rates.convert."""
    app = Celery("rates")
    app.conf.update(broker_url=broker_url, result_backend=backend_url)
    # retry_backoff=N waits N * 2**retries seconds before each retry.
    task_class = type("Convert", (Convert,), {"retry_backoff": retry_delay})
    app.register_task(task_class())
    return app
