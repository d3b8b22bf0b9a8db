"""Day 24 — Compare bytecode cost of different constructs.

Timing two versions of a loop gives noisy numbers; counting the bytecode instructions
each one executes gives the same number every run. `sys.settrace` can report every
executed instruction:

    def on_call(frame, event, arg):        # global trace function: one call per new frame
        frame.f_trace_opcodes = True       # ask for "opcode" events in this frame
        frame.f_trace = on_event           # (3.13 needs this assignment to start them)
        return on_event                    # local trace function for this frame

    def on_event(frame, event, arg):       # "line", "opcode", "return", "exception"
        ...                                # frame.f_code, frame.f_lasti: where we are
        return on_event                    # the tracer for this frame's next event

    sys.settrace(on_call)                  # new frames from now on are traced

`frame.f_lasti` is the offset of the instruction about to run; the `Instruction` with
that `.offset` in `dis.get_instructions(frame.f_code)` gives its `.opname`. Code
running in C (built-ins such as `sorted`, `sum`, `list.append`) executes no bytecode;
Python functions it calls back (a `key=` lambda) do. CPython 3.12 sends opcode events
only after `f_trace_opcodes` was set on some frame before `sys.settrace` was called:
`sys._getframe().f_trace_opcodes = True` first covers that (the check does it too).
Counts differ between Python versions; which construct is cheaper mostly does not.

Contract
  * `executed_opcodes(fn, /, *args, **kwargs) -> tuple[object, collections.Counter]`:
    calls `fn(*args, **kwargs)` exactly once with opcode tracing on and returns
    `(fn's return value, counts)`, where counts maps each opname to how many
    "opcode" events ran with that name (other events are not instructions). Every
    Python frame run during the call counts: fn, the functions it calls, lambdas
    called from C, generators each time they resume. Nothing else counts: not your
    own code around the call (a wrapper lambda, a `with` block's `__exit__`), not the
    tracer. Afterwards the trace function that was set before (`sys.gettrace()`,
    often None) is set again, also when fn raises; fn's exception propagates.
  * `cheaper(first, second, /, *args, **kwargs) -> first or second`: runs each
    construct once with the same arguments via `executed_opcodes`; their results must
    be equal (`==`), else ValueError. Returns the function itself (not its name) that
    executed fewer instructions in total; on a tie, `first`.
"""

import collections
import dis
import sys


def executed_opcodes(fn, /, *args, **kwargs):
    """Call fn(*args, **kwargs) under opcode tracing; return (result, Counter)."""
    # Your code here: replace the line below.
    raise NotImplementedError("executed_opcodes")


def cheaper(first, second, /, *args, **kwargs):
    """Return whichever of first and second executes fewer instructions."""
    # Your code here: replace the line below.
    raise NotImplementedError("cheaper")
