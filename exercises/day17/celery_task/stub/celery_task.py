"""Day 17 — Add Celery background task.

Slow or unreliable work (calling another service, sending mail) should not run inside
a web request. Celery moves it to a *worker*: `task.delay(args)` only puts a message
on the *broker* (here Redis) and returns an `AsyncResult` at once; a worker process
takes the message, runs the task and writes its return value (or its exception) to
the *result backend* (Redis again), where `AsyncResult(id).get(timeout=...)` finds it.

Pieces you need:
  * `app = Celery("rates", broker=broker_url, backend=backend_url)`;
  * `@app.task(name=..., bind=True, max_retries=...)` on a function whose first
    parameter is `self`: the running task, where `self.request.retries` counts the
    retries so far (0 on the first attempt);
  * `raise self.retry(exc=exc, countdown=seconds)` schedules the same task again after
    `seconds`; once max_retries is used up it raises `exc` instead, and the task fails.
    (`autoretry_for=`, `retry_backoff=`, `retry_jitter=False`, `retry_kwargs=` do the
    same declaratively.)
Never set `task_always_eager`: it runs tasks inside `.delay()` itself, in the caller,
which hides every broker and worker problem. The check starts a real worker.

Contract of `make_app(broker_url, backend_url, retry_delay) -> Celery`:
  * Returns a Celery app whose broker is `broker_url` and result backend is
    `backend_url` (the check passes Redis URLs), not eager, with one task of yours
    registered under the name "rates.convert".
  * `convert(amount_cents, currency)` (called as `app.tasks["rates.convert"]
    .delay(1000, "EUR")`) returns the dict
        {"currency": currency, "cents": round(amount_cents * rate), "attempt": n}
    where rate = get_rate(currency), `cents` is an int and `n` is the attempt that
    succeeded (1 when no retry was needed). The return value goes to the result backend.
  * `amount_cents` must be an int >= 0; anything else raises ValueError before
    get_rate is called. No retry.
  * `get_rate` raising RateUnavailable is retried: at most 4 retries (5 attempts in
    all), the k-th retry (k = 1..4) after `retry_delay * 2 ** (k - 1)` seconds, given as
    the retry's `countdown` (so 3, 6, 12, 24 for retry_delay=3; no jitter). When the
    5th attempt fails too, the task fails with that RateUnavailable.
  * Any other exception from get_rate (an unknown currency raises KeyError) fails the
    task at once, with that exception: no retry.
  * Call `get_rate` when the task runs (the module's function: the check replaces
    `get_rate` in this module to play the rates service).
"""

from celery import Celery


class RateUnavailable(Exception):
    """The rates service is busy or down for a moment: worth trying again later."""


def get_rate(currency):
    """Ask the rates service for `currency`'s rate (the check replaces this function)."""
    return {"EUR": 1.0, "USD": 1.08, "GBP": 0.86}[currency]


def make_app(broker_url, backend_url, retry_delay):
    """A Celery app on the given broker and result backend, with rates.convert."""
    # Your code here: replace the line below.
    raise NotImplementedError("make_app")
