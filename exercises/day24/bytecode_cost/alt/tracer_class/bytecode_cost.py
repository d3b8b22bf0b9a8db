"""Day 24 — alternative: a reusable tracer class used as a context manager, opnames read
straight from the raw bytecode at f_lasti."""

import dis
import sys
from collections import Counter


class OpcodeCounter:
    def __init__(self):
        self.counts = Counter()
        self._previous = None

    def _local(self, frame, event, arg):
        if event == "opcode":
            self.counts[dis.opname[frame.f_code.co_code[frame.f_lasti]]] += 1
        return self._local

    def _global(self, frame, event, arg):
        if frame.f_code is OpcodeCounter.__exit__.__code__:
            return None  # our own clean-up runs as a traced frame: leave it out
        frame.f_trace = self._local
        frame.f_trace_opcodes = True
        return self._local

    def __enter__(self):
        sys._getframe().f_trace_opcodes = True
        self._previous = sys.gettrace()
        sys.settrace(self._global)
        return self

    def __exit__(self, *exc_info):
        sys.settrace(self._previous)
        return False


def executed_opcodes(fn, /, *args, **kwargs):
    with OpcodeCounter() as tracer:
        result = fn(*args, **kwargs)
    return result, tracer.counts


def cheaper(first, second, /, *args, **kwargs):
    runs = [executed_opcodes(f, *args, **kwargs) for f in (first, second)]
    (a, a_counts), (b, b_counts) = runs
    if a != b:
        raise ValueError("constructs must compute the same result")
    costs = [sum(a_counts.values()), sum(b_counts.values())]
    return (first, second)[costs.index(min(costs))]
