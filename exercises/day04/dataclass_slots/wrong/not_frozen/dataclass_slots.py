"""Known-wrong: forgets frozen=True: fields can be reassigned and eq without frozen leaves Version unhashable."""

from dataclasses import dataclass, field


@dataclass(order=True)
class Version:
    """A release number such as 1.10.2, ordered numerically and immutable."""

    major: int
    minor: int = 0
    patch: int = 0
    build: str = field(default="", compare=False)

    def __post_init__(self):
        for name in ("major", "minor", "patch"):
            value = getattr(self, name)
            # bool is a subclass of int, but Version(True) is a bug, not version 1.
            if type(value) is not int:
                raise TypeError(f"{name} must be an int, not {type(value).__name__}")
            if value < 0:
                raise ValueError(f"{name} must be >= 0, got {value}")


class Vector2:
    """A mutable 2-D vector with a fixed set of attributes and no per-instance __dict__."""

    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Vector3(Vector2):
    """Adds z; declares only the new slot (x and y come from Vector2)."""

    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
