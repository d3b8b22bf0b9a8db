"""Hidden check for day11/event_loop: one line per case.

Concurrency is proved by counting, never by timing: every job is an instrumented
coroutine that records how many jobs are in flight. Timeouts run on a virtual-clock
event loop (grader/virtual_clock.py) where time only moves by loop iterations and by
jumping to the next timer, so "never finishes" always times out and "returns at once"
never does, however loaded the machine is. Two cases use a real `asyncio.run` loop to
show the runner also works there.
"""
import asyncio

import virtual_clock
from pygrade_check import Check, Verdict, show

check = Check()
mod = check.load("event_loop.py")
if not check.need(mod, "run_bounded"):
    check.done()
run_bounded = mod.run_bounded

# How long the check waits before calling a run stuck: virtual seconds on the virtual
# loop (costs no real time), real seconds on asyncio.run (only a broken runner waits).
VIRTUAL_GUARD = 1_000_000.0
REAL_GUARD = 5.0


class Probe:
    """Makes instrumented jobs and counts them. A job is "in flight" from its first
    step (or, for a factory, from the moment the factory is called) until it ends."""

    def __init__(self):
        self.active = 0
        self.peak = 0
        self.cancelled = 0

    def _enter(self):
        self.active += 1
        self.peak = max(self.peak, self.active)

    async def _body(self, value, seconds, forever, error):
        try:
            await asyncio.sleep(0)  # give every job that may start the chance to start
            if forever:
                await asyncio.Event().wait()  # nobody ever sets it
            if seconds:
                await asyncio.sleep(seconds)
            if error is not None:
                raise error
            return value
        except asyncio.CancelledError:
            self.cancelled += 1
            raise
        finally:
            self.active -= 1

    async def _counted(self, value, seconds, forever, error):
        self._enter()
        return await self._body(value, seconds, forever, error)

    def job(self, value=None, seconds=0, forever=False, error=None):
        """A coroutine object: counted once the runner starts it."""
        return self._counted(value, seconds, forever, error)

    def factory(self, value=None, seconds=0, forever=False, error=None):
        """A factory: counted as soon as it is called, so calling every factory up
        front shows up as too many jobs in flight."""

        def make():
            self._enter()
            return self._body(value, seconds, forever, error)

        return make


class Stuck(Exception):
    """run_bounded did not return within the guard."""


def case(label, thunk):
    """A case whose thunk returns the text to print."""

    def run():
        try:
            return thunk()
        except Stuck:
            return "stuck: run_bounded never returned (a job is still waiting for a slot)"

    check.case(label, run, render=str)


def render_slot(value):
    if isinstance(value, (asyncio.TimeoutError, TimeoutError)):
        return "timed out"
    if isinstance(value, BaseException):
        return "error " + show(value)
    return show(value)


def need_list(results):
    if not isinstance(results, list):
        raise Verdict("returned " + show(results) + ", expected a list")
    return results


def render(results):
    need_list(results)
    return "[" + ", ".join(render_slot(r) for r in results) + "]"


async def guarded(coro, guard):
    """Await the runner, but report a run that is stuck instead of hanging the check."""
    task = asyncio.ensure_future(coro)
    done, _ = await asyncio.wait({task}, timeout=guard)
    if not done:
        task.cancel()
        raise Stuck()
    return task.result()


def on_virtual_loop(make_coro):
    return virtual_clock.run(guarded(make_coro(), VIRTUAL_GUARD))


def on_real_loop(make_coro):
    async def main():
        return await guarded(make_coro(), REAL_GUARD)

    return asyncio.run(main())


def peak_report(probe, results, expected):
    in_order = need_list(results) == expected
    return "results in order: " + str(in_order) + ", peak in flight: " + str(probe.peak)


# -- results and order ------------------------------------------------------------------
case("no jobs, limit 3", lambda: render(on_virtual_loop(lambda: run_bounded([], 3))))


def reverse_finishers():
    probe = Probe()
    names = ["a", "b", "c", "d", "ë"]
    # The first job sleeps longest, so the jobs finish in the opposite order.
    jobs = [probe.job(name, seconds=len(names) - i) for i, name in enumerate(names)]
    return render(on_virtual_loop(lambda: run_bounded(jobs, 5)))


case("5 jobs that finish in reverse order, limit 5", reverse_finishers)


def same_objects():
    payloads = [[1, 2], {"k": "v"}]
    probe = Probe()
    results = need_list(on_virtual_loop(lambda: run_bounded([probe.job(p) for p in payloads], 2)))
    if len(results) != len(payloads):
        raise Verdict("returned " + show(results) + ", expected 2 slots")
    return [r is p for r, p in zip(results, payloads)]


case("slots hold the very objects the jobs returned", lambda: show(same_objects()))

# -- the limit ----------------------------------------------------------------------------


def bounded(count, limit, make="job", container=list):
    probe = Probe()
    build = probe.job if make == "job" else probe.factory
    jobs = container(build(i, seconds=1) for i in range(count))
    results = on_virtual_loop(lambda: run_bounded(jobs, limit))
    return peak_report(probe, results, list(range(count)))


case("10 one-second jobs, limit 3", lambda: bounded(10, 3))
case("4 one-second jobs, limit 1", lambda: bounded(4, 1))
case("4 one-second jobs, limit 50", lambda: bounded(4, 50))
case("8 factories, limit 2", lambda: bounded(8, 2, make="factory"))
case("1000 jobs, limit 7", lambda: bounded(1000, 7))


def mixed_tuple():
    probe = Probe()
    jobs = (probe.job("co"), probe.factory("fa"), probe.job("ro"), probe.factory("ctory"))
    return render(on_virtual_loop(lambda: run_bounded(jobs, 2)))


case("a tuple mixing coroutines and factories, limit 2", mixed_tuple)


def from_generator():
    probe = Probe()
    jobs = (probe.job(i * i, seconds=1) for i in range(6))
    results = on_virtual_loop(lambda: run_bounded(jobs, 4))
    return peak_report(probe, results, [i * i for i in range(6)])


case("6 jobs from a generator, limit 4", from_generator)
def bad_limit(jobs, limit):
    def run():
        try:
            on_virtual_loop(lambda: run_bounded(jobs, limit))
        except Stuck:
            raise Verdict("stuck: run_bounded never returned (expected ValueError)")

    return run


check.raises("limit 0", bad_limit([Probe().factory(1)], 0), ValueError)
check.raises("limit -3", bad_limit([Probe().factory(1)], -3), ValueError)
check.raises("limit 0 and no jobs at all", bad_limit([], 0), ValueError)

# -- timeouts and failures -------------------------------------------------------------


def never_and_quick(limit):
    probe = Probe()
    jobs = [probe.job(forever=True), probe.job("q1"), probe.job(forever=True), probe.job("q2")]
    results = on_virtual_loop(lambda: run_bounded(jobs, limit, timeout=0.05))
    return probe, results


case("2 stuck and 2 quick jobs, limit 2, timeout 0.05", lambda: render(never_and_quick(2)[1]))


def cleaned_up():
    probe = Probe()
    jobs = [probe.job(forever=True), probe.job("q1"), probe.job(forever=True), probe.job("q2")]

    async def measured():
        await run_bounded(jobs, 2, timeout=0.05)
        # Read at the moment run_bounded returns, before anything cleans up after it.
        return "cancelled: " + str(probe.cancelled) + ", still running: " + str(probe.active)

    return on_virtual_loop(measured)


case("the same run, as soon as run_bounded returns: jobs cancelled, jobs still running", cleaned_up)


def queue_behind_stuck():
    probe = Probe()
    jobs = [probe.job(forever=True), probe.job(forever=True), probe.job("free")]
    return render(on_virtual_loop(lambda: run_bounded(jobs, 1, timeout=0.05)))


case("2 stuck jobs then a quick one, limit 1, timeout 0.05", queue_behind_stuck)


def queued_not_timed():
    probe = Probe()
    jobs = [probe.job(name, seconds=1.5) for name in ("x", "y", "z")]
    return render(on_virtual_loop(lambda: run_bounded(jobs, 1, timeout=2)))


case("3 jobs of 1.5 s each, limit 1, timeout 2", queued_not_timed)


def no_timeout():
    probe = Probe()
    jobs = [probe.job("slow", seconds=10_000), probe.job("fast")]
    return render(on_virtual_loop(lambda: run_bounded(jobs, 2)))


case("a 10000 s job and a quick one, no timeout given", no_timeout)


def explicit_none():
    probe = Probe()
    jobs = [probe.factory("slow", seconds=5_000), probe.job("fast"), probe.job("late", seconds=20_000)]
    return render(on_virtual_loop(lambda: run_bounded(jobs, 1, timeout=None)))


case("3 jobs up to 20000 s, limit 1, timeout=None", explicit_none)


def failing_job():
    probe = Probe()
    jobs = [probe.job(1), probe.job(error=ValueError("bad input")), probe.job(3), probe.factory(4)]
    return render(on_virtual_loop(lambda: run_bounded(jobs, 1)))


case("4 jobs, the second raises ValueError, limit 1", failing_job)


def failing_kinds():
    probe = Probe()
    jobs = [
        probe.factory(error=KeyError("sku")),
        probe.job("ok", seconds=1),
        probe.job(error=ZeroDivisionError("no stock")),
        probe.job(forever=True),
    ]
    return render(on_virtual_loop(lambda: run_bounded(jobs, 3, timeout=5)))


case("a KeyError, a result, a ZeroDivisionError and a stuck job, limit 3, timeout 5", failing_kinds)

# -- on a real event loop ------------------------------------------------------------------


def real_loop_limit():
    probe = Probe()
    jobs = [probe.job(i) for i in range(6)]
    results = on_real_loop(lambda: run_bounded(jobs, 2))
    return peak_report(probe, results, list(range(6)))


case("asyncio.run: 6 jobs, limit 2", real_loop_limit)


def real_loop_timeout():
    probe = Probe()
    return render(on_real_loop(lambda: run_bounded([probe.job(forever=True)], 1, timeout=0.05)))


case("asyncio.run: 1 stuck job, timeout 0.05", real_loop_timeout)
check.done()
