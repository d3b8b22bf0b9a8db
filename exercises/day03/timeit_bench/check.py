"""Hidden check for day03/timeit_bench: one line per case.

No wall clock: every case but one passes a fake timer that only moves when the timed
function (or setup) advances it by a known cost, so each figure is exact. Costs are
binary fractions and `number` a power of two, so float arithmetic is exact too.
"""
import itertools

from pygrade_check import Check

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
    """The contract's two keys, tolerant of a tuple for times."""
    return {"times": list(result["times"]), "best": result["best"]}


def timed(costs, **options):
    clock = FakeClock()
    return figures(bench(Workload(clock, costs), timer=clock, **options))


def call_count(*args, **options):
    clock = FakeClock()
    work = Workload(clock, [0.25])
    result = bench(work, *args, timer=clock, **options)
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
check.case("bench(fn, number=8, repeat=5): how often fn runs", lambda: call_count(number=8, repeat=5))
check.case("bench(fn, 2, 3): number and repeat passed positionally", lambda: call_count(2, 3))
check.case("bench(fn) with the default number and repeat", lambda: call_count())


def with_setup():
    clock = FakeClock()
    setups = []

    def setup():
        setups.append(1)
        clock.now += 100.0  # expensive, and it must not show up in the figures

    result = bench(Workload(clock, [0.25]), number=2, repeat=3, timer=clock, setup=setup)
    return {**figures(result), "setup calls": len(setups)}


check.case("setup costs 100.0, each call 0.25: number=2, repeat=3", with_setup)
check.raises("number=0", lambda: bench(Workload(FakeClock(), [1.0]), number=0, repeat=3, timer=FakeClock()), ValueError)
check.raises("repeat=0", lambda: bench(Workload(FakeClock(), [1.0]), number=4, repeat=0, timer=FakeClock()), ValueError)
check.raises("number=-1", lambda: bench(Workload(FakeClock(), [1.0]), number=-1, repeat=3, timer=FakeClock()), ValueError)


def divide_by_zero():
    return 1 / 0


check.raises("fn raises ZeroDivisionError", lambda: bench(divide_by_zero, number=4, repeat=2, timer=FakeClock()), ZeroDivisionError)


def real_clock():
    # The one case on the real default timer: only properties that hold on any machine.
    calls = []
    result = bench(lambda: calls.append(1), number=4, repeat=2)
    times = list(result["times"])
    return len(times) == 2 and all(t >= 0 for t in times) and result["best"] == min(times) and len(calls) == 8


check.expect("default timer: 2 runs, figures >= 0, best is the minimum, fn ran 8 times", real_clock, ok=bool)
check.done()
