"""Wrong: treats min_value and max_value as exclusive, so the bounds themselves are rejected."""


class Field:
    def __init__(self, kind, *, min_value=None, max_value=None):
        self.kind = kind
        self.min_value = min_value
        self.max_value = max_value
        self.name = None

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        try:
            return instance.__dict__[self.name]
        except KeyError:
            raise AttributeError(f"{self.name} has not been set") from None

    def __set__(self, instance, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind}, got {type(value).__name__}")
        if self.min_value is not None and value <= self.min_value:
            raise ValueError(f"{self.name} must be above {self.min_value!r}, got {value!r}")
        if self.max_value is not None and value >= self.max_value:
            raise ValueError(f"{self.name} must be below {self.max_value!r}, got {value!r}")
        instance.__dict__[self.name] = value
