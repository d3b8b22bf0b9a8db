"""Grader-owned instruments for day22/optimize_endpoint: ids that count how often
they are compared or hashed, and a line counter for one source file."""
import sys


class Tally:
    def __init__(self):
        self.ops = 0


TALLY = Tally()


class CountedId(int):
    """An int that behaves exactly like int, and counts comparisons and hashes."""

    __slots__ = ()

    def __eq__(self, other):
        TALLY.ops += 1
        return int.__eq__(self, other)

    def __ne__(self, other):
        TALLY.ops += 1
        return int.__ne__(self, other)

    def __lt__(self, other):
        TALLY.ops += 1
        return int.__lt__(self, other)

    def __le__(self, other):
        TALLY.ops += 1
        return int.__le__(self, other)

    def __gt__(self, other):
        TALLY.ops += 1
        return int.__gt__(self, other)

    def __ge__(self, other):
        TALLY.ops += 1
        return int.__ge__(self, other)

    def __hash__(self):
        TALLY.ops += 1
        return int.__hash__(self)

    def __repr__(self):
        return int.__repr__(self)

    __str__ = __repr__


def counted(ids):
    """Fresh CountedId objects: equal ids are distinct objects, so no identity shortcut."""
    return [CountedId(i) for i in ids]


class LineCounter:
    """Counts 'line' events in code objects from one file while active."""

    def __init__(self, filename):
        self.filename = filename
        self.lines = 0

    def _local(self, frame, event, arg):
        if event == "line":
            self.lines += 1
        return self._local

    def _global(self, frame, event, arg):
        if frame.f_code.co_filename == self.filename:
            return self._local
        return None

    def __enter__(self):
        self._previous = sys.gettrace()
        sys.settrace(self._global)
        return self

    def __exit__(self, *exc):
        sys.settrace(self._previous)
        return False
