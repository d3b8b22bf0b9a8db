"""Top-level functions the check hands to the learner's process pool.

Worker processes receive functions by name (pickle stores "module.function"), so these
must live in an importable module, not in check.py's main block. Each returns evidence
of where it ran next to its result; the check prints only booleans about that evidence.
"""

import os


def square_and_pid(n):
    return n * n, os.getpid()


def reject_negative(n):
    if n < 0:
        raise ValueError("negative input")
    return n


def meet_and_square(item):
    """item = (barrier proxy from a multiprocessing Manager, n): wait at the barrier
    (bounded by its own timeout) and say whether enough calls were there at once."""
    import threading

    barrier, n = item
    try:
        barrier.wait()
        met = True
    except threading.BrokenBarrierError:
        met = False
    return n * n, met


async def async_reject_negative(n):
    import asyncio

    await asyncio.sleep(0)
    if n < 0:
        raise ValueError("negative input")
    return n
