"""Day 14 — alternative: type checks with `types`, a state table, and a Driver class."""

import inspect
import types

_STATES = {
    "GEN_CREATED": "CREATED", "GEN_RUNNING": "RUNNING",
    "GEN_SUSPENDED": "SUSPENDED", "GEN_CLOSED": "CLOSED",
    "CORO_CREATED": "CREATED", "CORO_RUNNING": "RUNNING",
    "CORO_SUSPENDED": "SUSPENDED", "CORO_CLOSED": "CLOSED",
}


def lifecycle(target):
    if isinstance(target, types.GeneratorType):
        return _STATES[inspect.getgeneratorstate(target)]
    if isinstance(target, types.CoroutineType):
        return _STATES[inspect.getcoroutinestate(target)]
    raise TypeError("not a generator or coroutine: " + type(target).__name__)


class Driver:
    def __init__(self, target):
        self.target = target
        self.events = []
        self.alive = True

    def record(self, kind, value):
        self.events.append((kind, value, lifecycle(self.target)))

    def step(self, method, argument):
        try:
            value = method(argument)
        except StopIteration as stop:
            self.alive = False
            self.record("return", stop.value)
        except Exception as error:
            self.alive = lifecycle(self.target) == "SUSPENDED"
            self.record("raise", error.__class__.__name__)
        else:
            self.record("yield", value)


def drive(target, sends=(), throw=None):
    if lifecycle(target) != "CREATED":
        raise ValueError("target already started")
    driver = Driver(target)
    driver.record("created", None)
    driver.step(target.send, None)
    pending = iter(sends)
    while driver.alive:
        try:
            value = next(pending)
        except StopIteration:
            break
        driver.step(target.send, value)
    if driver.alive and throw is not None:
        driver.step(target.throw, throw)
    if driver.alive:
        try:
            target.close()
        except Exception as error:
            driver.record("raise", type(error).__name__)
        else:
            driver.record("closed", None)
    return driver.events
