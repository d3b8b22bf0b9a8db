"""Day 10: a timing context manager built on `__enter__` / `__exit__`.

`with manager as target:` calls `manager.__enter__()` and binds its return value to
`target`; when the block ends, normally or by an exception, it calls
`manager.__exit__(exc_type, exc_value, traceback)` (all three None on a normal exit).
If `__exit__` returns a true value the exception is swallowed; return None/False to
let it propagate.

Taking the clock as a parameter (instead of calling `time.perf_counter()` directly)
makes the timer testable: a test can pass a fake clock and know the exact result.

Contract for `Timer(clock=time.perf_counter)`:
- `clock` is a zero-argument callable returning the current time in seconds;
  without one, the timer uses `time.perf_counter`.
- `with timer as t:` binds the timer itself.
- When a block finishes, `timer.elapsed` is its duration (the clock reading at its end
  minus the reading at its start, unrounded), and that same duration is appended to
  the list `timer.laps`. Before any block has finished (inside the first block too),
  `elapsed` is None and `laps` is empty.
- A block that raises is timed too, and its exception propagates unchanged (the
  very exception object raised in the block).
- The same timer can be used for any number of blocks, one after another: each block
  is timed on its own, from its own start.

Example:
    timer = Timer()
    with timer:
        do_work()
    print(f"took {timer.elapsed:.3f}s")
"""
import time


class Timer:
    def __init__(self, clock=time.perf_counter):
        # Your code here
        raise NotImplementedError("Timer.__init__")

    def __enter__(self):
        # Your code here
        raise NotImplementedError("Timer.__enter__")

    def __exit__(self, exc_type, exc_value, traceback):
        # Your code here
        raise NotImplementedError("Timer.__exit__")
