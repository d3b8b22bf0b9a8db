"""Day 6 — reference solution for the iterator protocol exercise."""


class CountdownIterator:
    """One-shot iterator over start, start-1, ..., 1."""

    def __init__(self, start):
        self._current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self._current <= 0:
            raise StopIteration
        value = self._current
        self._current -= 1
        return value


class Countdown:
    """Re-iterable container: every iter() gives a fresh CountdownIterator."""

    def __init__(self, start):
        self.start = start

    def __iter__(self):
        return CountdownIterator(self.start)


def my_zip(*iterables):
    """Yield tuples of one item from each iterable until the shortest is exhausted."""
    iterators = [iter(it) for it in iterables]
    if not iterators:
        return
    while True:
        row = []
        for it in iterators:
            try:
                row.append(next(it))
            except StopIteration:
                return
        yield tuple(row)
