"""Day 14 — Inspect coroutine states using the `inspect` module.

Generators and coroutines are objects with a life cycle, and `inspect` tells you where
one is at any moment:

    inspect.getgeneratorstate(gen)    GEN_CREATED  GEN_RUNNING  GEN_SUSPENDED  GEN_CLOSED
    inspect.getcoroutinestate(coro)   CORO_CREATED CORO_RUNNING CORO_SUSPENDED CORO_CLOSED

CREATED: made but not started. RUNNING: executing right now (so only code running
*inside* it can see this). SUSPENDED: paused at a `yield` (for a coroutine: at an
`await` whose awaitable yielded). CLOSED: finished by returning, raising or `close()`.

Both can be driven by hand, with no event loop:
  * `target.send(None)` starts it (`next(gen)` only works for generators: coroutines
    have no `__next__`). `target.send(value)` resumes it; the paused `yield` evaluates
    to `value`. Each call returns the next value the target yields.
  * When the target returns, the call raises `StopIteration`; the returned value is
    in the exception's `.value`.
  * `target.throw(exc)` raises `exc` at the paused point: the target may catch it and
    yield again, return, or let it propagate out of `throw`.
  * `target.close()` raises `GeneratorExit` at the paused point. If the target yields
    instead of stopping, `close()` raises RuntimeError and the target stays suspended.

Contract:

lifecycle(target) -> str
    "CREATED", "RUNNING", "SUSPENDED" or "CLOSED" (no GEN_/CORO_ prefix) for a
    generator object or a coroutine object. Anything else raises TypeError: a plain
    iterator, a list, or a generator / `async def` *function* that was never called.

drive(target, sends=(), throw=None) -> list[tuple[str, object, str]]
    Drive a fresh generator or coroutine by hand and return its life as a list of
    events `(kind, value, state)`, where `state` is `lifecycle(target)` right after
    that step. A target that is not CREATED raises ValueError; anything that is not a
    generator or coroutine raises TypeError. The steps:
      1. record ("created", None, state) before touching it;
      2. start it with send(None);
      3. send each item of `sends`, in order, while the target is still suspended;
      4. if it is still suspended and `throw` is not None, throw that exception in;
      5. if it is still suspended, close it.
    Each of steps 2-4 records exactly one event:
      ("yield", value, state)       the target yielded `value`
      ("return", value, state)      the target returned `value`
      ("raise", "KeyError", state)  the target raised: the exception's class name
    Step 5 records ("closed", None, state), or ("raise", <class name>, state) if
    close() itself raised. Once the target has returned or raised, stop: nothing more
    is sent, thrown or closed. Exceptions from the target never escape drive().
"""

import inspect


def lifecycle(target):
    """Return the life-cycle state of a generator or coroutine object."""
    # Your code here: replace the line below.
    raise NotImplementedError("lifecycle")


def drive(target, sends=(), throw=None):
    """Drive a fresh generator or coroutine by hand and return its events."""
    # Your code here: replace the line below.
    raise NotImplementedError("drive")
