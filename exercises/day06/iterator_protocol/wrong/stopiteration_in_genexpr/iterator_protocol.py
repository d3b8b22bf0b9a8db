"""Known-wrong: lets StopIteration escape a generator expression, which PEP 479 turns into RuntimeError."""


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

    def __iter__(self):
        return CountdownIterator(self.start)


def my_zip(*iterables):
    iterators = [iter(it) for it in iterables]
    if not iterators:
        return
    while True:
        yield tuple(next(it) for it in iterators)
