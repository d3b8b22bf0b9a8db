"""Day 6 — alternative solution: my_zip as an iterator class, a countdown kept as a range.

CountdownIterator walks a `range` object (lazy: a range stores only its bounds), and
my_zip returns an instance of a small iterator class instead of being a generator.
"""


class CountdownIterator:
    """One-shot iterator over start, start-1, ..., 1."""

    def __init__(self, start):
        self._numbers = iter(range(start, 0, -1))

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._numbers)


class Countdown:
    """Re-iterable container: every iter() gives a fresh CountdownIterator."""

    def __init__(self, start):
        self.start = start

    def __iter__(self):
        return CountdownIterator(self.start)


class _Zipper:
    def __init__(self, iterables):
        self._iterators = [iter(x) for x in iterables]
        self._finished = not self._iterators

    def __iter__(self):
        return self

    def __next__(self):
        if self._finished:
            raise StopIteration
        row = ()
        for iterator in self._iterators:
            try:
                row += (next(iterator),)
            except StopIteration:
                self._finished = True
                raise
        return row


def my_zip(*iterables):
    """Return an iterator of tuples of one item from each iterable, shortest wins."""
    return _Zipper(iterables)
