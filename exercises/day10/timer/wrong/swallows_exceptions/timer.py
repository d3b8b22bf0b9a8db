"""Wrong: __exit__ returns True, which silently swallows every exception raised in the block."""
import time


class Timer:
    def __init__(self, clock=time.perf_counter):
        self.clock = clock
        self.elapsed = None
        self.laps = []
        self._start = None

    def __enter__(self):
        self._start = self.clock()
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        self.elapsed = self.clock() - self._start
        self.laps.append(self.elapsed)
        return True
