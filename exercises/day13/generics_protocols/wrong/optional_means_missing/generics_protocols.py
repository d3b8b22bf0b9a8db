"""Known-wrong: uses Optional for a key that may be absent: the key stays required."""

from collections.abc import Iterable
from typing import Generic, Optional, Protocol, TypedDict, TypeVar, runtime_checkable

T = TypeVar("T")


class Stack(Generic[T]):
    """A LIFO stack of T."""

    def __init__(self) -> None:
        self._items: list[T] = []  # per instance: never a class-level list

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> T:
        if not self._items:
            raise IndexError("pop from an empty Stack")
        return self._items.pop()

    def peek(self) -> T:
        if not self._items:
            raise IndexError("peek at an empty Stack")
        return self._items[-1]

    def __len__(self) -> int:
        return len(self._items)


@runtime_checkable
class HasArea(Protocol):
    """Anything with an `area()` method."""

    def area(self) -> float: ...


def total_area(shapes: Iterable[HasArea]) -> float:
    """Sum the areas of `shapes`; TypeError for an element that is not a HasArea."""
    total = 0.0
    for shape in shapes:
        if not isinstance(shape, HasArea):
            raise TypeError(f"{type(shape).__name__} has no area() method")
        total += shape.area()
    return total


class Item(TypedDict):
    """An inventory line: name and qty always, tags only when there are some."""

    name: str
    qty: int
    tags: Optional[list[str]]
