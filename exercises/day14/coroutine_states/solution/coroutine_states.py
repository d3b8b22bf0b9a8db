"""Day 14 — reference solution: watch generators and coroutines live their lives."""

import inspect


def lifecycle(target):
    """Return the life-cycle state of a generator or coroutine object."""
    if inspect.isgenerator(target):
        state = inspect.getgeneratorstate(target)
    elif inspect.iscoroutine(target):
        state = inspect.getcoroutinestate(target)
    else:
        raise TypeError(f"expected a generator or coroutine object, got {type(target).__name__}")
    return state.split("_", 1)[1]  # "GEN_SUSPENDED" -> "SUSPENDED"


def drive(target, sends=(), throw=None):
    """Drive a fresh generator or coroutine by hand and return its events."""
    if lifecycle(target) != "CREATED":
        raise ValueError("drive() needs a target that has not started yet")
    events = [("created", None, lifecycle(target))]

    def step(action, argument):
        try:
            value = action(argument)
        except StopIteration as stop:
            events.append(("return", stop.value, lifecycle(target)))
        except Exception as exc:  # the target raised: record it, never propagate
            events.append(("raise", type(exc).__name__, lifecycle(target)))
        else:
            events.append(("yield", value, lifecycle(target)))

    def suspended():
        return lifecycle(target) == "SUSPENDED"

    step(target.send, None)  # send(None) starts generators and coroutines alike
    for value in sends:
        if not suspended():
            break
        step(target.send, value)
    if throw is not None and suspended():
        step(target.throw, throw)
    if suspended():
        try:
            target.close()
        except Exception as exc:  # it yielded instead of stopping: RuntimeError
            events.append(("raise", type(exc).__name__, lifecycle(target)))
        else:
            events.append(("closed", None, lifecycle(target)))
    return events
