"""Day 24 — Compare bytecode cost of different constructs (reference solution)."""

import collections
import dis
import sys


def executed_opcodes(fn, /, *args, **kwargs):
    """Call fn(*args, **kwargs) once under opcode tracing; return (result, Counter)."""
    counts = collections.Counter()
    names = {}  # code object -> {offset: opname}

    def on_event(frame, event, arg):
        if event == "opcode":
            code = frame.f_code
            if code not in names:
                names[code] = {ins.offset: ins.opname for ins in dis.get_instructions(code)}
            counts[names[code][frame.f_lasti]] += 1
        return on_event  # keep tracing this frame

    def on_call(frame, event, arg):
        frame.f_trace_opcodes = True
        frame.f_trace = on_event  # 3.13 turns opcode events on when f_trace is assigned
        return on_event

    sys._getframe().f_trace_opcodes = True  # 3.12: lets sys.settrace deliver opcode events
    previous = sys.gettrace()
    sys.settrace(on_call)
    try:
        result = fn(*args, **kwargs)
    finally:
        sys.settrace(previous)
    return result, counts


def cheaper(first, second, /, *args, **kwargs):
    """The construct (first or second) that executes fewer instructions; first on a tie."""
    first_result, first_counts = executed_opcodes(first, *args, **kwargs)
    second_result, second_counts = executed_opcodes(second, *args, **kwargs)
    if first_result != second_result:
        raise ValueError(f"the constructs disagree: {first_result!r} != {second_result!r}")
    if second_counts.total() < first_counts.total():
        return second
    return first
