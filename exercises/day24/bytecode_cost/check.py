"""Hidden check for day24/bytecode_cost.

How many instructions a construct executes depends on the CPython version (3.11
added RESUME and PRECALL, 3.12 inlines comprehensions, 3.13 fuses loads...). So each
case counts the same call again with the check's own tracer in this interpreter and
prints only agreement, plus comparisons that come out the same on every version
(a comprehension beats an append loop, a builtin beats a Python loop). Counts and
opcode names appear in the notes only.
"""
import collections
import dis
import sys

from pygrade_check import Check, show

import constructs as c

# CPython 3.12 only delivers "opcode" events to sys.settrace once some frame has had
# f_trace_opcodes set before the call to settrace: do it once here, so that quirk never
# decides a verdict.
sys._getframe().f_trace_opcodes = True

check = Check()
mod = check.load("bytecode_cost.py")
if not check.need(mod, "executed_opcodes", "cheaper"):
    check.done()


# -- the check's own tracer -------------------------------------------------------------------
def reference(fn, *args, **kwargs):
    """(result or raised exception type, Counter of executed opnames)."""
    counts = collections.Counter()
    names = {}

    def local(frame, event, arg):
        if event == "opcode":
            code = frame.f_code
            if code not in names:
                names[code] = {i.offset: i.opname for i in dis.get_instructions(code)}
            counts[names[code][frame.f_lasti]] += 1
        return local

    def start(frame, event, arg):
        frame.f_trace_opcodes = True
        frame.f_trace = local
        return local

    previous = sys.gettrace()
    sys.settrace(start)
    try:
        result = fn(*args, **kwargs)
    except Exception as exc:
        result = type(exc)
    finally:
        sys.settrace(previous)
    return result, counts


class Said:
    """A case result printed as plain text."""

    def __init__(self, text):
        self.text = text

    def __repr__(self):
        return self.text


def unpack(got):
    """The learner's (result, counts), or a Said explaining the wrong shape."""
    if not (isinstance(got, tuple) and len(got) == 2):
        return Said("returned " + show(got) + ", expected a (result, counts) tuple")
    result, counts = got
    if not isinstance(counts, collections.Counter):
        return Said("returned counts as " + type(counts).__name__ + ", expected a collections.Counter")
    return result, counts


def explain(label, want, got):
    wrong = sorted(n for n in set(want) | set(got) if want[n] != got[n])
    if not wrong:
        return
    name = wrong[0]
    check.note(
        f"{label}: the check's tracer counted {sum(want.values())} instructions, you counted "
        f"{sum(got.values())}; e.g. {name}: {want[name]} executed, you counted {got[name]}"
    )


def fmt_args(args, kwargs):
    parts = [show(a) for a in args] + [k + "=" + show(v) for k, v in kwargs.items()]
    return ", ".join(parts)


def traced(label, fn, *args, **kwargs):
    def run():
        got = unpack(mod.executed_opcodes(fn, *args, **kwargs))
        if isinstance(got, Said):
            return got
        result, counts = got
        want_result, want = reference(fn, *args, **kwargs)
        explain(f"executed_opcodes({label})", want, counts)
        return Said(f"result {show(result)}, counts agree with the check's tracer: {counts == want}")

    check.case(f"executed_opcodes({label})", run)


WORDS = [" Pear", "apple ", "PEAR", "fig", "Apple"]

# -- executed_opcodes ---------------------------------------------------------------------------
traced("add, 2, 3", c.add, 2, 3)
traced("tally, 5 words: calls a helper per word", c.tally, WORDS)
traced("fib, 7: recursive", c.fib, 7)
traced("by_last_letter: sorted() calls a key lambda", c.by_last_letter, ["kiwi", "plum", "date", "fig"])
traced("sum_of_squares, 20: a generator expression", c.sum_of_squares, 20)
traced("scaled, [1, 2, 3], factor=3, offset=1", c.scaled, [1, 2, 3], factor=3, offset=1)
traced("make_point, 3, -4: a class and a method", c.make_point, 3, -4)
traced("list_comprehension, 0", c.list_comprehension, 0)


def builtin_only():
    got = unpack(mod.executed_opcodes(sorted, [3, 1, 2]))
    if isinstance(got, Said):
        return got
    result, counts = got
    return Said(f"result {show(result)}, instructions counted: {sum(counts.values())}")


check.case("executed_opcodes(sorted, [3, 1, 2]): C code runs no bytecode", builtin_only)


def never_ran():
    got = unpack(mod.executed_opcodes(c.add, 1, 2))
    if isinstance(got, Said):
        return got
    return got[1]["FOR_ITER"]


check.case("executed_opcodes(add, 1, 2) counts for an opname that never ran", never_ran)


def called_once():
    c.calls.clear()
    mod.executed_opcodes(c.record, "x")
    return Said(f"record ran {len(c.calls)} time(s)")


check.case("executed_opcodes(record, 'x'): how often fn is called", called_once)


def sentinel(frame, event, arg):
    return None


def restores():
    sys.settrace(sentinel)
    try:
        mod.executed_opcodes(c.add, 4, 5)
    finally:
        after = sys.gettrace()
        sys.settrace(None)
    return Said(f"the trace function set before the call is back afterwards: {after is sentinel}")


check.case("executed_opcodes(add, 4, 5) while another trace function is set", restores)


def raising():
    sys.settrace(sentinel)
    try:
        mod.executed_opcodes(c.explode, 4)
    except ZeroDivisionError:
        outcome = "raises ZeroDivisionError"
    except Exception as exc:
        outcome = "raises " + type(exc).__name__ + " (expected ZeroDivisionError)"
    else:
        outcome = "returned without raising"
    finally:
        after = sys.gettrace()
        sys.settrace(None)
    return Said(f"{outcome}; the previous trace function is back: {after is sentinel}")


check.case("executed_opcodes(explode, 4) whose fn raises", raising)


# -- cheaper ----------------------------------------------------------------------------------
def name_of(choice, first, second):
    if choice is first or choice is second:
        return Said(choice.__name__)
    return Said("returned " + show(choice) + ", expected one of the two functions")


def cheaper_case(first, second, *args, shown=None, **kwargs):
    label = f"cheaper({first.__name__}, {second.__name__}, {shown or fmt_args(args, kwargs)})"
    check.case(label, lambda: name_of(mod.cheaper(first, second, *args, **kwargs), first, second))


def total(fn, *args, **kwargs):
    return sum(reference(fn, *args, **kwargs)[1].values())


def agrees_case(first, second, *args):
    def run():
        got = mod.cheaper(first, second, *args)
        a, b = total(first, *args), total(second, *args)
        want = second if b < a else first
        if got is not want:
            check.note(
                f"cheaper({first.__name__}, {second.__name__}): the check counted {a} and {b} "
                f"instructions, so {want.__name__}; you chose {show(getattr(got, '__name__', got))}"
            )
        return got is want

    check.case(
        f"cheaper({first.__name__}, {second.__name__}, {fmt_args(args, {})}) agrees with the check's counts", run
    )


cheaper_case(c.append_loop, c.list_comprehension, 40)
cheaper_case(c.list_comprehension, c.append_loop, 40)
cheaper_case(c.while_sum, c.for_sum, 50)
cheaper_case(c.for_sum, c.builtin_sum, 50)
cheaper_case(c.scan_list, c.in_set, list(range(60)), 59, shown="[0, 1, ..., 59], 59")
cheaper_case(c.concat_words, c.join_words, ["to", "be", "or", "not"], sep="-")
cheaper_case(c.twin_a, c.twin_b, 10)
cheaper_case(c.twin_b, c.twin_a, 10)
agrees_case(c.attribute_append, c.hoisted_append, 30)
agrees_case(c.global_constant, c.local_constant, 30)
check.raises("cheaper(squares, cubes, 4)", lambda: mod.cheaper(c.squares, c.cubes, 4), ValueError)


def each_once():
    c.calls.clear()
    mod.cheaper(c.counted_first, c.counted_second, 21, tag="k")
    return Said("calls made: " + show(sorted(c.calls)))


check.case("cheaper(counted_first, counted_second, 21, tag='k'): the calls each construct got", each_once)
check.done()
