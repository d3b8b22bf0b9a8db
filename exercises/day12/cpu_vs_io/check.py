"""Hidden check for day12/cpu_vs_io: one line per case.

No real time is ever measured. The benchmark cases pass a fake clock that moves only
when a fake workload says it "spent" time, so every answer is exact. The executor cases
print booleans about where the work ran (pids, threads), never the pids themselves.

Everything runs under `if __name__ == "__main__"`: with the "spawn" and "forkserver"
start methods (the Linux default from Python 3.14 on) worker processes import the main
module again, and must not run the check a second time.
"""
import concurrent.futures
import inspect
import itertools
import os
import time

import probes
from pygrade_check import Check, Verdict, show
from pygrade_concurrency import ChainProbe, OverflowProbe, ThreadProbe

def need_list(value):
    if not isinstance(value, list):
        raise Verdict("returned " + show(value) + ", expected a list")
    return value


class FakeClock:
    """A clock that only moves when a Workload spends time on it."""

    def __init__(self, start=1000.0):
        self.now = start

    def __call__(self):
        return self.now


class Workload:
    """A zero-argument callable whose calls "take" the given costs in turn. Costs are
    binary fractions, so clock arithmetic is exact."""

    def __init__(self, clock, *costs):
        self.clock = clock
        self.costs = costs
        self.calls = 0

    def __call__(self):
        self.clock.now += self.costs[self.calls % len(self.costs)]
        self.calls += 1


def main():
    parent = os.getpid()
    check = Check()
    mod = check.load("cpu_vs_io.py")
    if not check.need(mod, "measure", "benchmark", "choose_executor", "run_workload"):
        check.done()

    def case(label, thunk):
        check.case(label, thunk, render=str)

    # -- measure --------------------------------------------------------------------------------
    def measured(*costs, repeat=None, start=1000.0):
        clock = FakeClock(start)
        work = Workload(clock, *costs)
        if repeat is None:
            return show(mod.measure(work, clock=clock)) + ", calls: " + str(work.calls)
        return show(mod.measure(work, clock=clock, repeat=repeat))

    case("measure(a job of 2.5 s) with the default repeat", lambda: measured(2.5))
    case("measure(jobs of 0.75, 0.25, 0.5 s, repeat=3)", lambda: measured(0.75, 0.25, 0.5, repeat=3))
    case("measure(jobs of 0.5, 1.5 s, repeat=2)", lambda: measured(0.5, 1.5, repeat=2))
    case("measure(a job of 0.125 s) on a clock that reads 1e6 s",
         lambda: measured(0.125, start=1_000_000.0))
    case("measure(a job of 0 s, repeat=2)", lambda: measured(0.0, repeat=2))

    def call_count():
        clock = FakeClock()
        work = Workload(clock, 1.0)
        mod.measure(work, clock=clock, repeat=4)
        return "calls: " + str(work.calls)

    case("measure(job, repeat=4)", call_count)
    check.raises("measure(a job that divides by zero)",
                 lambda: mod.measure(lambda: 1 / 0, clock=FakeClock()), ZeroDivisionError)
    check.raises("measure(job, repeat=0)",
                 lambda: mod.measure(Workload(FakeClock(), 1.0), clock=FakeClock(), repeat=0),
                 ValueError)
    check.raises("measure(job, repeat=-2)",
                 lambda: mod.measure(Workload(FakeClock(), 1.0), clock=FakeClock(), repeat=-2),
                 ValueError)

    def failing_later():
        clock = FakeClock()
        calls = []

        def work():
            calls.append(1)
            clock.now += 1.0
            if len(calls) == 2:
                raise KeyError("second run")

        try:
            result = mod.measure(work, clock=clock, repeat=3)
        except KeyError:
            return "raises KeyError after " + str(len(calls)) + " calls"
        return "returned " + show(result) + " after " + str(len(calls)) + " calls (expected KeyError)"

    case("measure(a job whose second run raises KeyError, repeat=3)", failing_later)

    def default_clock():
        # A default visible in the signature must be a monotonic interval clock. A
        # default picked at call time (clock=None) is tried with the wall clock jumping
        # 1000 s per read, as it can after an NTP step.
        param = inspect.signature(mod.measure).parameters.get("clock")
        if param is not None and param.default not in (inspect.Parameter.empty, None):
            ok = param.default in (time.perf_counter, time.monotonic)
        else:
            real_time = time.time
            jumps = itertools.count(0.0, 1000.0)
            fake_time = lambda: next(jumps)  # noqa: E731
            rebound = [name for name, value in vars(mod).items() if value is real_time]
            time.time = fake_time
            for name in rebound:
                setattr(mod, name, fake_time)
            try:
                elapsed = mod.measure(lambda: None)
            finally:
                time.time = real_time
                for name in rebound:
                    setattr(mod, name, real_time)
            ok = 0 <= elapsed < 1000
        return "monotonic: " + str(ok)

    case("measure(job) with no clock given", default_clock)

    # -- benchmark ------------------------------------------------------------------------------
    def benchmarked():
        clock = FakeClock()
        workloads = {
            "sum()": Workload(clock, 0.5, 0.25),
            "naïve loop": Workload(clock, 2.0, 3.0),
            "sleep": Workload(clock, 1.0),
        }
        timings = mod.benchmark(workloads, clock=clock, repeat=2)
        calls = [w.calls for w in workloads.values()]
        return show(timings) + ", calls per workload: " + show(calls)

    case("benchmark(3 workloads, repeat=2)", benchmarked)
    case("benchmark({})", lambda: show(mod.benchmark({}, clock=FakeClock())))

    def default_repeat():
        clock = FakeClock()
        work = Workload(clock, 4.0, 2.0, 1.0)
        return show(mod.benchmark({"w": work}, clock=clock)) + ", calls: " + str(work.calls)

    case("benchmark({'w': jobs of 4, 2, 1 s}) with the default repeat", default_repeat)

    # -- choosing and using an executor ----------------------------------------------------------
    def chosen(kind):
        result = mod.choose_executor(kind)
        if isinstance(result, type):
            if getattr(concurrent.futures, result.__name__, None) is result:
                return "concurrent.futures." + result.__name__
            return result.__module__ + "." + result.__qualname__
        return "an instance of " + type(result).__name__ + ", not a class"

    case("choose_executor('cpu')", lambda: chosen("cpu"))
    case("choose_executor('io')", lambda: chosen("io"))
    check.raises("choose_executor('gpu')", lambda: mod.choose_executor("gpu"), ValueError)
    check.raises("choose_executor('CPU')", lambda: mod.choose_executor("CPU"), ValueError)
    check.raises("choose_executor('')", lambda: mod.choose_executor(""), ValueError)

    def cpu_workload():
        pairs = need_list(mod.run_workload("cpu", probes.square_and_pid, [3, 1, 4, 1, 5], workers=2))
        squares = [pair[0] for pair in pairs]
        elsewhere = all(pair[1] != parent for pair in pairs)
        return show(squares) + ", ran in other processes: " + str(elsewhere)

    case("run_workload('cpu', square, 5 items)", cpu_workload)

    def io_workload():
        probe = ThreadProbe(parties=3)
        results = need_list(mod.run_workload("io", probe, [2, 7, 1], workers=3))
        return (show(results) + ", worker threads: " + str(probe.off_main)
                + ", same process: " + str(probe.same_process)
                + ", all 3 overlapped: " + str(probe.met))

    case("run_workload('io', square, 3 items, workers=3)", io_workload)
    case("run_workload('io', times 10, 4 items that finish last-first, workers=4)",
         lambda: show(mod.run_workload("io", ChainProbe(4), [1, 2, 3, 4], workers=4)))

    def io_overflow():
        probe = OverflowProbe(2)
        results = need_list(mod.run_workload("io", probe, list(range(6)), workers=2))
        return show(results) + ", more than 2 calls at once: " + str(probe.overflow)

    case("run_workload('io', identity, 6 items, workers=2)", io_overflow)
    case("run_workload('io', square, [])",
         lambda: show(mod.run_workload("io", ThreadProbe(), [])))
    check.raises("run_workload('disk', square, [1])",
                 lambda: mod.run_workload("disk", ThreadProbe(), [1]), ValueError)
    check.done()


if __name__ == "__main__":
    main()
