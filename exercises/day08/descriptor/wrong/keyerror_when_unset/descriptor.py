"""Wrong: reading a field that was never assigned leaks a KeyError instead of raising AttributeError."""


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
        return instance.__dict__[self.name]

    def __set__(self, instance, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind}, got {type(value).__name__}")
        if self.min_value is not None and value < self.min_value:
            raise ValueError(f"{self.name} must be at least {self.min_value!r}, got {value!r}")
        if self.max_value is not None and value > self.max_value:
            raise ValueError(f"{self.name} must be at most {self.max_value!r}, got {value!r}")
        instance.__dict__[self.name] = value
