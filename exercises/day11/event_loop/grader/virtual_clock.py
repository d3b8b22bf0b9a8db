"""An asyncio event loop whose clock is virtual, so timeouts are decided by logic, not speed.

`asyncio.sleep`, `asyncio.wait_for` and `asyncio.timeout` all schedule timers against
`loop.time()`. This loop makes `loop.time()` a counter that moves in two ways only:

* by a small fixed step (`STEP`) on every loop iteration, so even code that polls with
  `await asyncio.sleep(0)` sees time pass; and
* by a jump to the next timer when no task can run and no I/O is ready, so a 1000-second
  sleep costs no real time.

The result does not depend on how fast or loaded the machine is: a job that waits for an
event nobody sets always times out, a job that returns at once never does, and a job
that sleeps 1.5 s always beats a 2 s timeout. Only public API is used: the loop's
`time()` method and the `selector` argument of `asyncio.SelectorEventLoop`.
"""

import asyncio
import selectors

STEP = 0.001  # virtual seconds per loop iteration


class _JumpingSelector(selectors.BaseSelector):
    """Wraps the real selector; owns the virtual clock the loop reads."""

    def __init__(self):
        self._real = selectors.DefaultSelector()
        self.now = 0.0

    def register(self, fileobj, events, data=None):
        return self._real.register(fileobj, events, data)

    def unregister(self, fileobj):
        return self._real.unregister(fileobj)

    def modify(self, fileobj, events, data=None):
        return self._real.modify(fileobj, events, data)

    def get_map(self):
        return self._real.get_map()

    def close(self):
        self._real.close()

    def select(self, timeout=None):
        # The loop asks to wait `timeout` seconds (None: no timer at all, 0: work is ready).
        self.now += STEP
        events = self._real.select(0)
        if events or timeout == 0:
            return events
        if timeout is None:
            return self._real.select(None)  # nothing scheduled: only real I/O can wake us
        self.now += timeout  # idle until the next timer: skip straight to it
        return []


class VirtualClockLoop(asyncio.SelectorEventLoop):
    def __init__(self):
        self._jumping = _JumpingSelector()
        super().__init__(self._jumping)

    def time(self):
        return self._jumping.now


def run(coro):
    """Like asyncio.run(coro), on a fresh virtual-clock loop."""
    loop = VirtualClockLoop()
    try:
        return loop.run_until_complete(coro)
    finally:
        try:
            # As asyncio.run does: cancel what a broken solution left behind, then close.
            leftovers = asyncio.all_tasks(loop)
            for task in leftovers:
                task.cancel()
            if leftovers:
                loop.run_until_complete(asyncio.gather(*leftovers, return_exceptions=True))
            loop.run_until_complete(loop.shutdown_asyncgens())
        finally:
            loop.close()
