"""Day 10 — alternative solution: the clock is looked up when a block starts, the
start times sit on a stack, and `elapsed` is a read-only view of the last lap."""
import time


class Timer:
    def __init__(self, clock=None):
        self._clock = clock
        self._starts = []
        self.laps = []

    def _now(self):
        # Looked up at call time: Timer() follows whatever time.perf_counter is now.
        return (self._clock or time.perf_counter)()

    @property
    def elapsed(self):
        return self.laps[-1] if self.laps else None

    def __enter__(self):
        self._starts.append(self._now())
        return self

    def __exit__(self, *exc_info):
        end = self._now()
        self.laps.append(end - self._starts.pop())
        return None
