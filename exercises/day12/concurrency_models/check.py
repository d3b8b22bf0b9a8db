"""Hidden check for day12/concurrency_models: one line per case.

Proofs are printed as booleans only (pids, thread idents and loops differ every run):
  * processes: every result came from a pid other than this one, and from at most
    `workers` distinct pids;
  * threads: every call ran off the main thread, inside this process, on at most
    `workers` threads, and `workers` calls met at a threading.Barrier (they overlapped);
  * asyncio: every coroutine saw a running loop, and all of them were in flight at once
    (counted, not timed).

Everything runs under `if __name__ == "__main__"`: with the "spawn" and "forkserver"
start methods (the Linux default from Python 3.14 on) worker processes import the main
module again, and must not run the check a second time.
"""
import asyncio
import multiprocessing
import os

import probes
from pygrade_check import Check, Verdict, show
from pygrade_concurrency import OVERFLOW_WAIT, ChainProbe, OverflowProbe, ThreadProbe

def need_list(value, length=None):
    if not isinstance(value, list):
        raise Verdict("returned " + show(value) + ", expected a list")
    if length is not None and len(value) != length:
        raise Verdict("returned " + show(value) + ", expected " + str(length) + " results")
    return value


class AsyncProbe:
    """Counts coroutines in flight. The items are distinct and the first one takes the
    most loop iterations, so they finish in reverse input order, whatever order they
    were started in (counted in iterations, not timed)."""

    def __init__(self, values):
        self.position = {value: i for i, value in enumerate(values)}
        self.active = 0
        self.peak = 0
        self.saw_running_loop = True

    async def __call__(self, n):
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            self.saw_running_loop = False
        self.active += 1
        self.peak = max(self.peak, self.active)
        try:
            for _ in range(2 * (len(self.position) - self.position[n])):
                await asyncio.sleep(0)
            return n * n
        finally:
            self.active -= 1


def main():
    global PARENT
    PARENT = os.getpid()
    check = Check()
    mod = check.load("concurrency_models.py")
    if not check.need(mod, "run_threads", "run_processes", "run_asyncio", "compare"):
        check.done()

    def case(label, thunk):
        check.case(label, thunk, render=str)

    # -- processes first, while this process has no other threads (safe to fork) ----------
    items = [3, 1, 4, 1, 5, 9, 2, 6]
    evidence = {}

    def processes_results():
        pairs = need_list(mod.run_processes(probes.square_and_pid, items, workers=2), len(items))
        evidence["pids"] = [pair[1] for pair in pairs]
        return show([pair[0] for pair in pairs])

    case("run_processes(square, 8 items, workers=2)", processes_results)

    def processes_proof():
        pids = evidence.get("pids", [PARENT])
        return ("ran in other processes: " + str(all(pid != PARENT for pid in pids))
                + ", at most 2 of them: " + str(len(set(pids)) <= 2))

    case("where those calls ran", processes_proof)
    case("run_processes(square, 200 items, workers=3) matches a plain loop",
         lambda: str([p[0] for p in need_list(mod.run_processes(probes.square_and_pid, range(200), workers=3))]
                     == [n * n for n in range(200)]))

    def processes_overflow():
        with multiprocessing.Manager() as manager:
            barrier = manager.Barrier(2, timeout=OVERFLOW_WAIT)
            pairs = need_list(mod.run_processes(probes.meet_and_square, [(barrier, n) for n in range(4)], workers=1), 4)
            return (show([pair[0] for pair in pairs])
                    + ", 2 calls ran at once: " + str(any(pair[1] for pair in pairs)))

    case("run_processes(square, 4 items, workers=1)", processes_overflow)
    case("run_processes(square, [], workers=2)",
         lambda: show(mod.run_processes(probes.square_and_pid, [], workers=2)))
    check.raises("run_processes with a job that rejects negative items, one of them negative",
                 lambda: mod.run_processes(probes.reject_negative, [1, 2, -3, 4], workers=2),
                 ValueError)

    # -- threads --------------------------------------------------------------------------------
    probe = ThreadProbe()
    case("run_threads(square, 8 items, workers=3)",
         lambda: show(mod.run_threads(probe, items, workers=3)))
    case("where those calls ran",
         lambda: "worker threads: " + str(probe.off_main)
         + ", same process: " + str(probe.same_process)
         + ", at most 3 threads: " + str(len(probe.idents) <= 3))

    def overlapping():
        met = ThreadProbe(parties=4)
        results = need_list(mod.run_threads(met, [1, 2, 3, 4], workers=4))
        return show(results) + ", all 4 calls overlapped: " + str(met.met)

    case("run_threads(square, 4 items, workers=4)", overlapping)
    def reverse_finish():
        chain = ChainProbe(5)
        return show(mod.run_threads(chain, [1, 2, 3, 4, 5], workers=5))

    case("run_threads(times 10, 5 items that finish last-first, workers=5)", reverse_finish)

    def threads_overflow():
        probe = OverflowProbe(3)
        results = need_list(mod.run_threads(probe, list(range(8)), workers=3))
        return show(results) + ", more than 3 calls at once: " + str(probe.overflow)

    case("run_threads(identity, 8 items, workers=3)", threads_overflow)
    case("run_threads(square, [], workers=2)", lambda: show(mod.run_threads(ThreadProbe(), [], workers=2)))
    check.raises("run_threads with a job that rejects negative items, one of them negative",
                 lambda: mod.run_threads(probes.reject_negative, [1, 2, -3, 4], workers=2),
                 ValueError)

    # -- asyncio ---------------------------------------------------------------------------------
    def asyncio_run(values):
        coro = AsyncProbe(values)
        results = need_list(mod.run_asyncio(coro, values))
        return (show(results) + ", in a running loop: " + str(coro.saw_running_loop)
                + ", all in flight at once: " + str(coro.peak == len(values)))

    case("run_asyncio(square, 6 items finishing last-first)", lambda: asyncio_run([7, 0, -2, 5, 11, 3]))
    case("run_asyncio(square, 1 item)", lambda: asyncio_run([12]))
    case("run_asyncio(square, [])", lambda: show(mod.run_asyncio(AsyncProbe([]), [])))
    check.raises("run_asyncio with a coroutine that rejects negative items, one of them negative",
                 lambda: mod.run_asyncio(probes.async_reject_negative, [1, -2, 3]), ValueError)

    def loops_used():
        loops = []

        async def record(n):
            loops.append(asyncio.get_running_loop())
            await asyncio.sleep(0)
            return n

        results = need_list(mod.run_asyncio(record, [1, 2, 3]))
        distinct = []
        for loop in loops:
            if all(loop is not seen for seen in distinct):
                distinct.append(loop)
        return (show(results) + ", event loops used: " + str(len(distinct))
                + ", all closed afterwards: " + str(all(loop.is_closed() for loop in distinct)))

    case("run_asyncio(identity, 3 items): the loop", loops_used)

    # -- the learner's own comparison ------------------------------------------------------------
    def compared(values):
        result = mod.compare(values)
        if not isinstance(result, dict):
            return "returned " + type(result).__name__ + ", not a dict"
        return show(dict(sorted(result.items())))

    case("compare([10, 0, 3, 7])", lambda: compared([10, 0, 3, 7]))
    case("compare([])", lambda: compared([]))

    def compare_uses_runners():
        calls = []
        originals = {name: getattr(mod, name) for name in ("run_threads", "run_processes", "run_asyncio")}

        def spy(name):
            def run(func, items, *args, **kwargs):
                items = list(items)
                given = "job" if func is mod.job else "async_job" if func is mod.async_job else "another function"
                calls.append(name + "(" + given + ", " + show(items) + ")")
                return originals[name](func, items, *args, **kwargs)

            return run

        for name in originals:
            setattr(mod, name, spy(name))
        try:
            mod.compare([4, 2])
        finally:
            for name, original in originals.items():
                setattr(mod, name, original)
        return "calls: " + ", ".join(sorted(calls))

    case("compare([4, 2]): which runners it calls, with what", compare_uses_runners)
    check.done()


if __name__ == "__main__":
    main()
