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
