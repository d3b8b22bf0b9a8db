"""Hidden check for day07/bytecode_peek.

Opcode names change between CPython versions, so the expected output never contains
the instructions of a function. Each case computes the reference with
`dis.get_instructions` in this interpreter and prints whether the learner agrees; the
facts about single opcodes are ones that hold on 3.10-3.14 (FOR_ITER, YIELD_VALUE,
LOAD_DEREF). Details of a disagreement go to stderr.
"""
import dis
import sys

from pygrade_check import Check, ExpectedError, Verdict

import samples

check = Check()
mod = check.load("bytecode_peek.py")
if not check.need(mod, "opcode_names", "uses_opcode"):
    check.done()


def dis_names(target):
    return [instruction.opname for instruction in dis.get_instructions(target)]


def explain(label, want, got):
    """Where the learner's list first differs from dis (stderr: names vary by version)."""
    if not isinstance(got, list):
        check.note(f"{label}: returned {type(got).__name__}, not list")
        return
    for i, (w, g) in enumerate(zip(want, got)):
        if w != g:
            check.note(f"{label}: instruction {i}: dis says {w}, you said {g!r}")
            return
    check.note(f"{label}: dis lists {len(want)} instructions, you returned {len(got)}")


def matches_dis(label, target):
    def run():
        got = mod.opcode_names(target)
        want = dis_names(target)
        if got == want and type(got) is list:
            return True
        explain(f"opcode_names({label})", want, got)
        return False

    check.case(f"opcode_names({label}) matches dis", run)


# -- opcode_names agrees with dis on many shapes of code ---------------------------------
matches_dis("add", samples.add)
matches_dis("count_evens: a loop with a branch", samples.count_evens)
matches_dis("squares: a list comprehension", samples.squares)
matches_dis("make_counter: defines a closure", samples.make_counter)
matches_dis("countdown: a generator", samples.countdown)
matches_dis("careful_divide: try/except/finally", samples.careful_divide)
matches_dis("a bound method", samples.Greeter("Ada").greet)
matches_dis("add.__code__, a code object", samples.add.__code__)
matches_dis("a lambda", samples.scale)
matches_dis("many_locals: 300 locals and constants", samples.many_locals)


def fresh_list():
    first = mod.opcode_names(samples.add)
    if not isinstance(first, list):
        raise Verdict("returned " + ("None" if first is None else "a " + type(first).__name__) + ", expected a list")
    first.append("NOT_AN_OPCODE")
    return all(isinstance(n, str) for n in first) and mod.opcode_names(samples.add) == dis_names(samples.add)


check.case("opcode_names returns a new list of str each call", fresh_list)

calls = []


def noisy():
    calls.append(1)
    return len(calls)


def never_called():
    mod.opcode_names(noisy)
    mod.uses_opcode(noisy, "RETURN_VALUE")
    return calls == []


check.case("inspecting a function does not call it", never_called)

# -- uses_opcode: facts that hold on every version from 3.10 to 3.14 ----------------------
FACTS = [
    ("count_evens", samples.count_evens, "FOR_ITER"),
    ("add", samples.add, "FOR_ITER"),
    ("countdown", samples.countdown, "YIELD_VALUE"),
    ("the closure make_counter returns", samples.step, "LOAD_DEREF"),
    ("mentions_raise", samples.mentions_raise, "RAISE_VARARGS", " (it only returns that string)"),
]
for label, target, name, *note in FACTS:
    check.case(f"uses_opcode({label}, {name!r}){''.join(note)}", lambda target=target, name=name: mod.uses_opcode(target, name))


def shorter_name_inside(target):
    """A real opcode name, unused by target, inside a longer name target does use
    (CALL inside CALL_FUNCTION_EX, ...). Chosen at run time: the names vary by version."""
    used = set(dis_names(target))
    inside = sorted(n for n in dis.opmap if n not in used and any(n in u for u in used))
    if not inside:
        raise ExpectedError("no such opcode on this Python (grader bug)")
    return inside[0]


def argument_byte_only(target):
    """An opcode whose number appears in target's raw co_code only as an argument byte,
    never as an instruction: searching the raw bytes for it finds a false match."""
    code = target.__code__.co_code
    used = set(dis_names(target))
    ops, args = set(code[0::2]), set(code[1::2])
    found = sorted(
        (number, name)
        for name, number in dis.opmap.items()
        if 0 < number < 256 and number in args and number not in ops and name not in used
    )
    if not found:
        raise ExpectedError("no such opcode on this Python (grader bug)")
    return found[0][1]


check.case(
    "uses_opcode(spread, a shorter opcode name inside one spread uses)",
    lambda: mod.uses_opcode(samples.spread, shorter_name_inside(samples.spread)),
)
check.case(
    "uses_opcode(many_locals, an opcode whose number appears only as an argument byte)",
    lambda: mod.uses_opcode(samples.many_locals, argument_byte_only(samples.many_locals)),
)


def agrees_on_every_name():
    targets = [
        ("count_evens", samples.count_evens),
        ("countdown", samples.countdown),
        ("step", samples.step),
        ("spread", samples.spread),
        ("careful_divide", samples.careful_divide),
        ("a lambda", samples.scale),
        ("a bound method", samples.Greeter("Ada").greet),
        ("countdown.__code__", samples.countdown.__code__),
    ]
    for label, target in targets:
        used = set(dis_names(target))
        for name in sorted(dis.opmap):
            got = mod.uses_opcode(target, name)
            if got is not (name in used):
                check.note(f"uses_opcode({label}, {name!r}) returned {got!r}, dis says {name in used}")
                return False
    return True


def other_version_name():
    """An opcode name of another CPython version that this one does not have."""
    for name in ("BINARY_ADD", "BINARY_OP", "CALL_FUNCTION", "PRECALL"):
        if name not in dis.opmap:
            return name
    raise ExpectedError("no such opcode on this Python (grader bug)")


check.case("uses_opcode agrees with dis for every opcode name of this Python, on 8 kinds of code", agrees_on_every_name)
check.raises("uses_opcode(add, 'return_value')", lambda: mod.uses_opcode(samples.add, "return_value"), ValueError)
check.raises("uses_opcode(add, 'NOT_AN_OPCODE')", lambda: mod.uses_opcode(samples.add, "NOT_AN_OPCODE"), ValueError)
check.raises(
    "uses_opcode(add, an opcode name this Python does not have, from another version)",
    lambda: mod.uses_opcode(samples.add, other_version_name()),
    ValueError,
)
check.done()
