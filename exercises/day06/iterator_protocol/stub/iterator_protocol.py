"""Day 6 — Understand the iterator protocol (`__iter__`, `__next__`).

A `for` loop does two things: `it = iter(obj)` once (which calls `obj.__iter__()`), then
`next(it)` (which calls `it.__next__()`) until that raises `StopIteration`. Two roles:

  * an ITERABLE (a container, like a list) has `__iter__` returning a NEW iterator every
    time, so you can loop over it again and again, even in nested loops;
  * an ITERATOR is a one-shot cursor: `__next__` returns the next item or raises
    StopIteration, and `__iter__` returns the iterator itself. Once exhausted it stays
    exhausted: every later `next()` raises StopIteration again.

Contract:
  * `CountdownIterator(start)` is an iterator over start, start-1, ..., 1 (nothing when
    start <= 0). `iter(it) is it`. Items are computed one at a time, never stored
    all at once (`CountdownIterator(10**18)` must work).
  * `Countdown(start)` is a re-iterable container: each `iter(Countdown(3))` returns a
    fresh `CountdownIterator`, so two loops over the same Countdown are independent.
    Countdown itself has no `__next__`.
  * `my_zip(*iterables)` behaves like the built-in `zip` (do not call `zip`):
      - returns an iterator of tuples, one item from each iterable per tuple;
      - calls `iter()` on each argument, so lists, strings, Countdowns and iterators
        all work; a non-iterable argument raises TypeError (at the latest when you
        start iterating);
      - is lazy: nothing is pulled before the first `next()`, and each `next()` pulls
        exactly one item from each iterable, left to right;
      - stops at the shortest input: as soon as one iterable is exhausted it stops,
        without pulling from the iterables to its right; infinite inputs are fine;
      - `my_zip()` with no arguments is empty.
"""


class CountdownIterator:
    """One-shot iterator over start, start-1, ..., 1."""

    def __init__(self, start):
        # Your code here: remember where you are.
        raise NotImplementedError("CountdownIterator")

    def __iter__(self):
        # Your code here: an iterator is its own iterable.
        raise NotImplementedError("CountdownIterator.__iter__")

    def __next__(self):
        # Your code here: return the next number, or raise StopIteration.
        raise NotImplementedError("CountdownIterator.__next__")


class Countdown:
    """Re-iterable container: every iter() gives a fresh CountdownIterator."""

    def __init__(self, start):
        self.start = start

    def __iter__(self):
        # Your code here
        raise NotImplementedError("Countdown.__iter__")


def my_zip(*iterables):
    """Yield tuples of one item from each iterable until the shortest is exhausted."""
    # Your code here: iter() each argument, then next() them in turn.
    raise NotImplementedError("my_zip")
