"""Hidden check for day03/timeit_bench: one line per case.

No wall clock: every case but one passes a fake timer that only moves when the timed
function (or setup) advances it by a known cost, so each figure is exact. Costs are
binary fractions and `number` a power of two, so float arithmetic is exact too.
"""
import gc
import inspect
import itertools
import time

from pygrade_check import Check, Verdict, show

check = Check()
mod = check.load("timeit_bench.py")
if not check.need(mod, "bench"):
    check.done()
bench = mod.bench


class FakeClock:
    """A timer that reads a number which only the check's workloads move."""

    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


class Workload:
    """fn() for bench: each call advances the clock by the next cost (cycling)."""

    def __init__(self, clock, costs):
        self.clock = clock
        self.costs = itertools.cycle(costs)
        self.calls = 0

    def __call__(self):
        self.calls += 1
        self.clock.now += next(self.costs)


def figures(result):
    """The contract's two keys; a result of the wrong shape is reported as such."""
    if not isinstance(result, dict):
        raise Verdict("returned " + show(result) + ", expected a dict")
    missing = [key for key in ("times", "best") if key not in result]
    if missing:
        raise Verdict("returned a dict without " + " or ".join(repr(k) for k in missing))
    times = result["times"]
    if not isinstance(times, (list, tuple)):
        raise Verdict("'times' is " + show(times) + ", expected a list")
    return {"times": list(times), "best": result["best"]}


def timed(costs, **options):
    clock = FakeClock()
    return figures(bench(Workload(clock, costs), timer=clock, **options))


def call_count(*args, **options):
    clock = FakeClock()
    work = Workload(clock, [0.25])
    result = figures(bench(work, *args, timer=clock, **options))
    return {"runs": len(result["times"]), "fn calls": work.calls}


check.case("each call costs 0.5: number=4, repeat=3", lambda: timed([0.5], number=4, repeat=3))
check.case(
    "calls cost 3.0, 3.0, 1.0, 1.0, 2.0, 2.0: number=2, repeat=3",
    lambda: timed([3.0, 3.0, 1.0, 1.0, 2.0, 2.0], number=2, repeat=3),
)
check.case(
    "calls cost 0.5, 0.5, 0.25, 0.25, 0.75, 0.75, 0.75, 0.75: number=4, repeat=2",
    lambda: timed([0.5, 0.5, 0.25, 0.25, 0.75, 0.75, 0.75, 0.75], number=4, repeat=2),
)
check.case("each call costs 0.125: number=65536, repeat=2", lambda: timed([0.125], number=65536, repeat=2))
check.case(
    "type of result['times'] (number=2, repeat=2)",
    lambda: type(bench(Workload(FakeClock(), [0.5]), number=2, repeat=2, timer=FakeClock())["times"]).__name__,
)
check.case("bench(fn, number=8, repeat=5): how often fn runs", lambda: call_count(number=8, repeat=5))
check.case("bench(fn, 2, 3): number and repeat passed positionally", lambda: call_count(2, 3))
check.case("bench(fn) with the default number and repeat", lambda: call_count())


def with_setup():
    clock = FakeClock()
    setups = []

    work = Workload(clock, [0.25])

    def setup():
        setups.append(work.calls)  # how many fn calls had happened when setup ran
        clock.now += 100.0  # expensive, and it must not show up in the figures

    result = bench(work, number=2, repeat=3, timer=clock, setup=setup)
    return {**figures(result), "fn calls done when setup ran": setups}


check.case("setup costs 100.0, each call 0.25: number=2, repeat=3", with_setup)
check.raises("number=0", lambda: bench(Workload(FakeClock(), [1.0]), number=0, repeat=3, timer=FakeClock()), ValueError)
check.raises("repeat=0", lambda: bench(Workload(FakeClock(), [1.0]), number=4, repeat=0, timer=FakeClock()), ValueError)
check.raises("repeat=-2", lambda: bench(Workload(FakeClock(), [1.0]), number=4, repeat=-2, timer=FakeClock()), ValueError)
check.raises("number=-1", lambda: bench(Workload(FakeClock(), [1.0]), number=-1, repeat=3, timer=FakeClock()), ValueError)


def divide_by_zero():
    return 1 / 0


check.raises("fn raises ZeroDivisionError", lambda: bench(divide_by_zero, number=4, repeat=2, timer=FakeClock()), ZeroDivisionError)


class Refused(Exception):
    pass


refusal = Refused("fn refuses")


def refuse():
    raise refusal


def same_exception():
    try:
        bench(refuse, number=2, repeat=2, timer=FakeClock())
    except Refused as exc:
        return "the exception fn raised, unchanged: " + str(exc is refusal)
    return "nothing raised"


check.case("fn raises its own exception: what reaches the caller", same_exception)


def gc_while_timing():
    seen = []
    clock = FakeClock()

    def probe():
        seen.append(gc.isenabled())
        clock.now += 0.5

    was = gc.isenabled()
    gc.enable()
    try:
        bench(probe, number=2, repeat=2, timer=clock)
        after = gc.isenabled()
    finally:
        if not was:
            gc.disable()
    return {"gc on while fn ran": sorted(set(seen)), "gc on afterwards": after}


check.case("garbage collector state while fn runs", gc_while_timing)


def default_timer():
    parameter = inspect.signature(bench).parameters.get("timer")
    if parameter is None:
        return "bench has no timer parameter"
    return "timer defaults to time.perf_counter: " + str(parameter.default is time.perf_counter)


check.case("bench's default timer", default_timer)


def real_clock():
    # The one case on the real default timer: only properties that hold on any machine.
    calls = []
    result = figures(bench(lambda: calls.append(1), number=4, repeat=2))
    times = result["times"]
    return {
        "runs": len(times),
        "all >= 0": all(t >= 0 for t in times),
        "best is the minimum": result["best"] == min(times, default=None),
        "fn calls": len(calls),
    }


check.case("default timer, number=4, repeat=2", real_clock)
check.done()
