"""Day 8 — alternative solution: values live in a WeakKeyDictionary on the descriptor
(an entry vanishes with its instance), and validation is split into small helpers."""
import weakref


class Field:
    def __init__(self, kind, *, min_value=None, max_value=None):
        self.kind = kind
        self.low = min_value
        self.high = max_value
        self.values = weakref.WeakKeyDictionary()
        self.name = "?"

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if instance not in self.values:
            raise AttributeError(f"{type(instance).__name__}.{self.name} is not set yet")
        return self.values[instance]

    def _check_type(self, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name}: {value!r} has the wrong type")

    def _check_range(self, value):
        if self.low is not None and value < self.low:
            raise ValueError(f"{self.name}: {value!r} is below {self.low!r}")
        if self.high is not None and value > self.high:
            raise ValueError(f"{self.name}: {value!r} is above {self.high!r}")

    def __set__(self, instance, value):
        self._check_type(value)
        self._check_range(value)
        self.values[instance] = value
