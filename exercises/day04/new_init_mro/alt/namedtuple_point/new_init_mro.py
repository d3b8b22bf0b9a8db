"""Day 4 — another correct solution: a namedtuple base for Point, the singleton kept in
each class's own __dict__, chains built with a comprehension-free loop."""

from collections import namedtuple


class Config:
    def __new__(cls):
        existing = cls.__dict__.get("_the_instance")  # only this class's own attribute
        if existing is None:
            existing = object.__new__(cls)
            existing.settings = dict()
            cls._the_instance = existing
        return existing


class Point(namedtuple("Point", ["x", "y"])):
    __slots__ = ()

    def __new__(cls, x, y):
        return super().__new__(cls, x, y)


class Base:
    def __init__(self, *, name, **kwargs):
        self.name = name
        super().__init__(**kwargs)

    def chain(self):
        return ["Base"]


class Left(Base):
    def __init__(self, *, left, **kwargs):
        self.left = left
        super().__init__(**kwargs)

    def chain(self):
        names = ["Left"]
        names.extend(super().chain())
        return names


class Right(Base):
    def __init__(self, *, right, **kwargs):
        self.right = right
        super().__init__(**kwargs)

    def chain(self):
        names = ["Right"]
        names.extend(super().chain())
        return names


class Child(Left, Right):
    def chain(self):
        return ["Child", *super().chain()]
