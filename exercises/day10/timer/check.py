"""Hidden check for day10/timer: one line per case.

No real time is measured: every case passes a fake clock that stands still until the
check advances it, so each expected duration is exact however loaded the machine is.
All times are multiples of 1/4 s, which floats represent exactly. Even
`time.perf_counter` is replaced by such a clock before the learner's module is imported
(`clock=time.perf_counter` and `from time import perf_counter` both see it), so the
default clock is checked with an exact duration too.
"""
import time

from pygrade_check import Check

check = Check()


class FakeClock:
    """A clock that only moves when told to; reading it never advances it."""

    def __init__(self, now=100.0):
        self.now = now

    def __call__(self):
        return self.now

    def advance(self, seconds):
        self.now += seconds


DEFAULT_CLOCK = FakeClock(5000.0)
time.perf_counter = DEFAULT_CLOCK  # before the import: the default may be bound at def time

mod = check.load("timer.py")
if not check.need(mod, "Timer"):
    check.done()
Timer = mod.Timer


class Boom(Exception):
    """Raised inside blocks; a class the learner's code cannot know about."""


def timed_block(timer, clock, seconds, error=None):
    """Run one `with timer:` block that lasts ``seconds`` and optionally raises."""
    with timer:
        clock.advance(seconds)
        if error is not None:
            raise error


def before_any_block():
    timer = Timer(FakeClock())
    return timer.elapsed, timer.laps


def binds_itself():
    timer = Timer(FakeClock())
    with timer as bound:
        pass
    return bound is timer


def one_block():
    clock = FakeClock()
    timer = Timer(clock)
    timed_block(timer, clock, 1.5)
    return timer.elapsed, timer.laps


def no_time_passes():
    timer = Timer(FakeClock())
    with timer:
        pass
    return timer.elapsed


def raising_block():
    clock = FakeClock()
    timed_block(Timer(clock), clock, 0.75, Boom("inside the block"))


def timed_although_raised():
    clock = FakeClock()
    timer = Timer(clock)
    try:
        timed_block(timer, clock, 0.75, Boom("inside the block"))
    except Boom:
        pass
    return timer.elapsed, timer.laps


def same_exception_object():
    clock = FakeClock()
    error = KeyError("missing")
    try:
        timed_block(Timer(clock), clock, 0.25, error)
    except KeyError as caught:
        return caught is error
    return "nothing propagated"


def reused_after_pause():
    clock = FakeClock()
    timer = Timer(clock)
    timed_block(timer, clock, 2.0)
    first = timer.elapsed
    clock.advance(5.0)  # time passing between blocks belongs to no block
    timed_block(timer, clock, 0.5)
    return first, timer.elapsed


def three_blocks_middle_raises():
    clock = FakeClock()
    timer = Timer(clock)
    timed_block(timer, clock, 2.0)
    clock.advance(1.0)
    try:
        timed_block(timer, clock, 0.75, Boom("second block"))
    except Boom:
        pass
    clock.advance(3.0)
    timed_block(timer, clock, 0.5)
    return timer.laps, timer.elapsed


def nested_timers():
    clock = FakeClock()
    outer, inner = Timer(clock), Timer(clock)
    with outer:
        clock.advance(1.0)
        timed_block(inner, clock, 1.25)
        clock.advance(0.75)
    return outer.elapsed, inner.elapsed


def many_blocks():
    clock = FakeClock()
    timer = Timer(clock)
    for i in range(1000):
        clock.advance(0.5)
        timed_block(timer, clock, 0.25 * (i % 4))
    return len(timer.laps), sum(timer.laps), timer.laps[:5]


class TickingClock(FakeClock):
    """A clock that moves on by 1/4 s every time it is read."""

    def __call__(self):
        self.now += 0.25
        return self.now


def ticking_clock():
    timer = Timer(TickingClock())
    for _ in range(3):
        with timer:
            pass
    return [timer.laps[-1:] == [timer.elapsed], len(timer.laps), all(lap > 0 for lap in timer.laps)]


def exact_duration():
    # Not a multiple of 1/4 s: the reference is computed here, in this interpreter,
    # from the very readings the timer gets, so any rounding shows.
    clock = FakeClock(1000.0)
    timer = Timer(clock)
    start = clock()
    with timer:
        clock.advance(0.0001234567)
    return timer.elapsed == clock() - start and timer.laps == [clock() - start]


def inside_first_block():
    clock = FakeClock()
    timer = Timer(clock)
    with timer:
        clock.advance(1.0)
        seen = timer.elapsed, list(timer.laps)
    return seen


def default_clock():
    timer = Timer()
    with timer:
        DEFAULT_CLOCK.advance(2.5)
    return timer.elapsed, timer.laps


check.case("Timer(clock) before any block: (elapsed, laps)", before_any_block)
check.case("inside the first block, after 1 s: (elapsed, laps)", inside_first_block)
check.case("`with timer as bound`: bound is timer", binds_itself)
check.case("one block lasting 1.5 s: (elapsed, laps)", one_block)
check.case("a block during which the clock does not move: elapsed", no_time_passes)
check.raises("a block that raises Boom", raising_block, Boom)
check.case("a 0.75 s block that raises Boom: (elapsed, laps)", timed_although_raised)
check.case("the exception leaving the block is the one raised in it", same_exception_object)
check.case("2 s block, 5 s pause, 0.5 s block: elapsed after each", reused_after_pause)
check.case("three blocks, the middle one raises: (laps, elapsed)", three_blocks_middle_raises)
check.case("an inner timer inside an outer one: (outer, inner)", nested_timers)
check.case("a block lasting 0.0001234567 s: elapsed and laps are the exact clock difference", exact_duration)
check.case("a clock that moves on every read, three blocks: (elapsed == last lap, lap count, all laps > 0)",
           ticking_clock)
check.case("1000 blocks with pauses between: (count, total, first five laps)", many_blocks)
check.case("Timer() with no clock given, block lasting 2.5 s of time.perf_counter: (elapsed, laps)",
           default_clock)
check.done()
