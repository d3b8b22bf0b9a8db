"""Probes that prove concurrency, and its bounds, with events and barriers (decided by
who met whom, not by timing). The waits are real seconds, but a correct solution's
verdict never depends on them: each is only waited out by a solution that is wrong, or
once per case where nothing is meant to arrive."""

import os
import threading

__all__ = ["BARRIER_TIMEOUT", "OVERFLOW_WAIT", "OverflowProbe", "ChainProbe", "ThreadProbe"]

# Real seconds a thread waits at a barrier for the others. A correct pool gets there in
# milliseconds; only a runner that calls one at a time waits this out (once).
BARRIER_TIMEOUT = 5.0
# Real seconds calls wait for one call MORE than `workers` to join them. A correct pool
# never sends it, so this is waited out once per such case (the barrier then stays
# broken and later calls pass straight through); a pool with spare workers sends it at
# once.
OVERFLOW_WAIT = 1.5


class OverflowProbe:
    """Calls wait at a barrier of `workers + 1` parties: it is passed (``overflow``)
    only if the pool ran more calls at once than it was allowed."""

    def __init__(self, workers):
        self.barrier = threading.Barrier(workers + 1, timeout=OVERFLOW_WAIT)
        self.overflow = False

    def __call__(self, n):
        try:
            self.barrier.wait()
            self.overflow = True
        except threading.BrokenBarrierError:
            pass
        return n


class ChainProbe:
    """Call n (1..count) waits for call n+1 to finish, so with enough threads the calls
    finish in reverse input order. A wait that runs out (the calls were not
    concurrent) lets every later call straight through."""

    def __init__(self, count):
        self.finished = [threading.Event() for _ in range(count + 1)]
        self.finished[count].set()
        self.gave_up = threading.Event()

    def __call__(self, n):
        if not self.gave_up.is_set() and not self.finished[n].wait(BARRIER_TIMEOUT):
            self.gave_up.set()
        self.finished[n - 1].set()
        return n * 10


class ThreadProbe:
    """Records whether every call ran off the main thread, in the process that made
    the probe, and on which threads; with `parties`, calls also wait at a barrier so
    that overlapping calls can be proved (``met``)."""

    def __init__(self, parties=None):
        self.parent = os.getpid()
        self.lock = threading.Lock()
        self.idents = set()
        self.off_main = True
        self.same_process = True
        self.met = True
        self.barrier = threading.Barrier(parties, timeout=BARRIER_TIMEOUT) if parties else None

    def __call__(self, n):
        with self.lock:
            self.idents.add(threading.get_ident())
            self.off_main = self.off_main and threading.current_thread() is not threading.main_thread()
            self.same_process = self.same_process and os.getpid() == self.parent
        if self.barrier is not None:
            try:
                self.barrier.wait()
            except threading.BrokenBarrierError:
                self.met = False  # the other calls never came while this one waited
        return n * n
