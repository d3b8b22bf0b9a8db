"""Known-wrong: Countdown is its own iterator (`__iter__` returns self), so it is one-shot."""


class CountdownIterator:
    def __init__(self, start):
        self._current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self._current <= 0:
            raise StopIteration
        self._current -= 1
        return self._current + 1


class Countdown:
    def __init__(self, start):
        self.start = start
        self._current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self._current <= 0:
            raise StopIteration
        self._current -= 1
        return self._current + 1


def my_zip(*iterables):
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
