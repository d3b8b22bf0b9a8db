"""Day 13 — Add type hints with `typing` (Generics, Protocols).

Type hints are ordinary Python objects: mypy and your editor read them, and so can
your own code at run time (`typing.get_type_hints`, `get_origin`, `get_args`).

  * Generic class: `T = TypeVar("T")` and `class Box(Generic[T])`. `Box[int]` then
    means "a Box of ints", and every method annotated with `T` is tied to that one
    parameter (`put(item: T)`, `get() -> T`).
  * Protocol: describes a shape by structure ("anything with an `area()` method"),
    not by inheritance. `@runtime_checkable` lets `isinstance(obj, TheProtocol)`
    check that the methods exist (it does not look at their signatures).
  * TypedDict: a dict with known str keys and a value type per key. At run time it
    is still a plain dict. `total=False` makes the keys declared in that class
    optional; required and optional keys can be mixed through inheritance (or, on
    Python 3.11+, with `NotRequired[...]`, which the run time only sees when the
    module does not use `from __future__ import annotations`).

Contract (the check introspects these names, so keep them):

Stack: a LIFO stack, generic over one type variable (`class Stack(Generic[T])`).
    Stack()               a new, empty stack; every stack has its own items
    push(item: T) -> None
    pop() -> T            remove and return the most recently pushed item
    peek() -> T           return that item without removing it
    len(stack)            the number of items
    pop() and peek() on an empty stack raise IndexError. None is a valid item.
    push's `item` and the return of pop/peek are annotated with the class's T.

HasArea: a runtime-checkable Protocol with one method, `area(self) -> float`.
    Any object whose class defines `area` passes `isinstance(obj, HasArea)`, without
    inheriting from HasArea.

total_area(shapes: Iterable[HasArea]) -> float
    The sum of `shape.area()` over any iterable (a list, a generator...); 0 for none.
    An element that is not a HasArea raises TypeError (use isinstance with HasArea).

Item: a TypedDict with required keys `name: str` and `qty: int`, and an optional key
    `tags: list[str]` (it may be absent; when present it holds a list of str).
"""

from collections.abc import Iterable
from typing import Generic, Protocol, TypedDict, TypeVar, runtime_checkable

T = TypeVar("T")


class Stack:
    """A LIFO stack. Make it generic over T and annotate its methods."""

    def __init__(self):
        # Your code here: replace the line below.
        raise NotImplementedError("Stack")

    def push(self, item):
        raise NotImplementedError("Stack.push")

    def pop(self):
        raise NotImplementedError("Stack.pop")

    def peek(self):
        raise NotImplementedError("Stack.peek")

    def __len__(self):
        raise NotImplementedError("Stack.__len__")


class HasArea:
    """Make me a runtime-checkable Protocol with `area(self) -> float`."""


def total_area(shapes):
    """Sum the areas of `shapes`; TypeError for an element that is not a HasArea."""
    # Your code here: replace the line below.
    raise NotImplementedError("total_area")


class Item:
    """Make me a TypedDict: name: str, qty: int, and an optional tags: list[str]."""
