"""Known-wrong: my_zip calls next() on its arguments without iter(), so only iterators work."""


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
    if not iterables:
        return
    while True:
        row = []
        for it in iterables:
            try:
                row.append(next(it))
            except StopIteration:
                return
        yield tuple(row)
