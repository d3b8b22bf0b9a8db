"""Day 4 — Understand `__init__`, `__new__`, inheritance, MRO.

`Cls(...)` runs two steps: `Cls.__new__(cls, ...)` *creates* and returns the object,
then, if that object is an instance of `Cls`, `__init__(self, ...)` *initialises* it.
So `__new__` is where you decide *which* object a call returns (a singleton returns
the same one every time) and where immutable types (tuple, str, int) get their
contents; `__init__` runs again on every call, even when `__new__` returned an old
object.

With multiple inheritance, Python puts all the classes into one line, the MRO
(`Cls.__mro__`): each class before its bases, and every class exactly once.
`super()` means "the next class in the MRO of the object at hand", not "my base class",
so when every method calls `super()` and passes on the keywords it does not use, each
implementation runs exactly once, in MRO order, even in a diamond.

Write:

`Config` — a singleton. `Config()` always returns the same object, with a `settings`
  dict that starts empty and keeps its contents across later `Config()` calls. A
  subclass (`class AppConfig(Config): pass`) gets its own single instance, of its own
  type, with its own `settings`; it never gets Config's instance.

`Point(x, y)` — an immutable point that *is* a tuple: `Point(1, 2) == (1, 2)`,
  `x, y = p` works, it hashes like the tuple. `p.x` and `p.y` read the coordinates;
  assigning `p.x = ...` or any new attribute (`p.z = ...`) raises AttributeError
  (hint: `__slots__ = ()`). `repr(Point(1, 2))` is `Point(x=1, y=2)` (coordinates
  shown with repr). Wrong argument counts raise TypeError.

The diamond `Base <- Left, Right <- Child(Left, Right)`:
  * `Base(*, name)`, `Left(*, left, **kw)`, `Right(*, right, **kw)`: keyword-only
    arguments; each `__init__` stores its own argument on `self` (`self.name`,
    `self.left`, `self.right`) and passes the remaining keywords on with `super()`.
    `Child(name=..., left=..., right=...)` sets all three; an unknown keyword raises
    TypeError.
  * `chain()` returns the class names along the super() chain: Base's returns
    `["Base"]`, every other class puts its own name in front of `super().chain()`, so
    `Child(...).chain()` lists each class once, in MRO order.
  * These classes must cooperate with classes they have never seen: the check mixes
    its own subclass of Base into the diamond.
"""


class Config:
    def __new__(cls):
        # Your code here: replace the line below.
        raise NotImplementedError("Config.__new__")


class Point(tuple):
    def __new__(cls, x, y):
        # Your code here: replace the line below.
        raise NotImplementedError("Point.__new__")


class Base:
    def __init__(self, *, name, **kwargs):
        # Your code here: replace the line below.
        raise NotImplementedError("Base.__init__")

    def chain(self):
        raise NotImplementedError("Base.chain")


class Left(Base):
    def __init__(self, *, left, **kwargs):
        # Your code here: replace the line below.
        raise NotImplementedError("Left.__init__")

    def chain(self):
        raise NotImplementedError("Left.chain")


class Right(Base):
    def __init__(self, *, right, **kwargs):
        # Your code here: replace the line below.
        raise NotImplementedError("Right.__init__")

    def chain(self):
        raise NotImplementedError("Right.chain")


class Child(Left, Right):
    def chain(self):
        # Your code here: replace the line below.
        raise NotImplementedError("Child.chain")
