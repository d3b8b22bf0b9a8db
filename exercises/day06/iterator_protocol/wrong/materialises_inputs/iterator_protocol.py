"""Known-wrong: my_zip copies every input into a list first, so it is not lazy and never ends on infinite input."""


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
    columns = [list(it) for it in iterables]
    shortest = min((len(c) for c in columns), default=0)
    return iter([tuple(c[i] for c in columns) for i in range(shortest)])
