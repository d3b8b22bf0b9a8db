"""Day 4 — another correct solution: dataclass(slots=True) vectors, validation by helper."""

import dataclasses


def _check_number(label, number):
    if isinstance(number, bool) or not isinstance(number, int):
        raise TypeError(label + " must be an int")
    if number < 0:
        raise ValueError(label + " must not be negative")


@dataclasses.dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    build: str = dataclasses.field(default="", compare=False)

    def __post_init__(self):
        _check_number("major", self.major)
        _check_number("minor", self.minor)
        _check_number("patch", self.patch)


@dataclasses.dataclass(slots=True)
class Vector2:
    x: float
    y: float


@dataclasses.dataclass(slots=True)
class Vector3(Vector2):
    z: float
