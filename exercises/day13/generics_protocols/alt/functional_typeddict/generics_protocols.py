"""Day 13 — alternative: a deque-backed Stack, typing.List/Iterable, sum() and TypedDict calls."""

from collections import deque
from typing import Deque, Generic, Iterable, List, Protocol, TypedDict, TypeVar, runtime_checkable

T = TypeVar("T")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self._data: Deque[T] = deque()

    def push(self, item: T) -> None:
        self._data.append(item)

    def pop(self) -> T:
        try:
            return self._data.pop()
        except IndexError:
            raise IndexError("empty stack") from None

    def peek(self) -> T:
        if len(self._data) == 0:
            raise IndexError("empty stack")
        return self._data[-1]

    def __len__(self) -> int:
        return len(self._data)


@runtime_checkable
class HasArea(Protocol):
    def area(self) -> float:
        ...


def _checked(shape: object) -> HasArea:
    if isinstance(shape, HasArea):
        return shape
    raise TypeError(repr(shape) + " is not a HasArea")


def total_area(shapes: Iterable[HasArea]) -> float:
    return sum(_checked(shape).area() for shape in shapes)


_ItemBase = TypedDict("_ItemBase", {"name": str, "qty": int})


class Item(_ItemBase, total=False):
    tags: List[str]
