"""Day 4 — Use `@dataclass` & `__slots__`.

`@dataclass` writes `__init__`, `__repr__` and `__eq__` from the annotated fields.
`frozen=True` makes assignment raise `dataclasses.FrozenInstanceError` (an
AttributeError) and, with eq, gives a `__hash__`; `order=True` adds `<`, `<=`, `>`, `>=`
comparing the fields as a tuple, in declaration order. `field(compare=False)` leaves a
field out of ==, ordering and hashing. `__post_init__` runs right after the generated
`__init__`: the place to validate.

`__slots__ = ("a", "b")` replaces the per-instance `__dict__` with fixed storage for
exactly those attributes: smaller objects, faster access, and a typo such as
`obj.colour = ...` raises AttributeError instead of silently adding an attribute.
Every class in a hierarchy must declare `__slots__` (only its *new* names), or
instances get a `__dict__` back.

Write:

`Version(major, minor=0, patch=0, build="")` — a frozen, ordered dataclass.
  * `major`, `minor`, `patch` must be `int` (bool is not accepted): otherwise TypeError;
    negative values raise ValueError. Validation also applies to
    `dataclasses.replace(...)`, which builds a new instance.
  * `build` is a free-form label (`"ci-42"`) that takes no part in equality, ordering
    or hashing: `Version(1, 2, 3, "a") == Version(1, 2, 3, "b")`.
  * Ordering is numeric: `Version(1, 9) < Version(1, 10)`.
  * Assigning any field raises AttributeError; equal versions hash equal.

`Vector2(x, y)` — a plain class (not frozen) with `__slots__` for `x` and `y`: no
  `__dict__`, `v.x = 5` works, `v.z = 1` raises AttributeError.
`Vector3(x, y, z)` — a subclass of Vector2 adding `z`, likewise without `__dict__`.
  (`@dataclass(slots=True)` is also fine for these two.)
"""

from dataclasses import dataclass, field  # noqa: F401


class Version:
    def __init__(self, *args, **kwargs):
        # Your code here: make Version a frozen, ordered dataclass (see above).
        raise NotImplementedError("Version")


class Vector2:
    def __init__(self, x, y):
        # Your code here: replace the line below.
        raise NotImplementedError("Vector2")


class Vector3(Vector2):
    def __init__(self, x, y, z):
        # Your code here: replace the line below.
        raise NotImplementedError("Vector3")
