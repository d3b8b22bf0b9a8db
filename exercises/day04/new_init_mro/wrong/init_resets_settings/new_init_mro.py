"""Known-wrong: creates settings in __init__, which runs on every Config() call and wipes them."""


class Config:
    """One shared instance per class; its settings survive every later Config()."""

    _instances = {}  # class -> its single instance; keyed by class so subclasses get their own

    def __new__(cls):
        instance = Config._instances.get(cls)
        if instance is None:
            instance = super().__new__(cls)
            Config._instances[cls] = instance
        return instance

    def __init__(self):
        self.settings = {}


class Point(tuple):
    """An immutable 2-D point: a tuple (x, y) with named, read-only coordinates."""

    __slots__ = ()  # no per-instance __dict__: nothing can be attached or rebound

    def __new__(cls, x, y):
        # A tuple's contents are fixed when it is created, so the work happens in
        # __new__; by the time __init__ would run the tuple can no longer change.
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def __repr__(self):
        return f"Point(x={self.x!r}, y={self.y!r})"


class Base:
    def __init__(self, *, name, **kwargs):
        super().__init__(**kwargs)  # leftover keywords reach object, which rejects them
        self.name = name

    def chain(self):
        return ["Base"]


class Left(Base):
    def __init__(self, *, left, **kwargs):
        super().__init__(**kwargs)
        self.left = left

    def chain(self):
        return ["Left"] + super().chain()


class Right(Base):
    def __init__(self, *, right, **kwargs):
        super().__init__(**kwargs)
        self.right = right

    def chain(self):
        return ["Right"] + super().chain()


class Child(Left, Right):
    def chain(self):
        return ["Child"] + super().chain()
