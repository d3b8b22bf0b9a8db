"""Wrong: reads the start time in __init__, so every block is measured from when the timer was created."""
import time


class Timer:
    def __init__(self, clock=time.perf_counter):
        self.clock = clock
        self.elapsed = None
        self.laps = []
        self._start = clock()

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        self.elapsed = self.clock() - self._start
        self.laps.append(self.elapsed)
        return False
