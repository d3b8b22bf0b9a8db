"""Hidden check for day24/disassemble.

Bytecode differs between CPython versions (3.12 inlines list comprehensions, 3.11
renamed most call opcodes, 3.10 loads qualified names as constants...), so the
expected output never lists opcodes. Each case computes the reference in this
interpreter with `dis` and prints either agreement ("matches dis") or a fact that is
the same on every version: global names, code object names, string constants, the
number of loops or yields. Details of a disagreement go to the notes.
"""
import collections
import dis
import types

from pygrade_check import Check, show

import samples

check = Check()
mod = check.load("disassemble.py")
if not check.need(mod, "opcode_histogram", "code_objects", "global_names", "constants"):
    check.done()


# -- references, computed with dis in this interpreter -------------------------------------
def code_of(fn):
    return fn if isinstance(fn, types.CodeType) else fn.__code__


def ref_histogram(fn):
    return collections.Counter(ins.opname for ins in dis.get_instructions(code_of(fn)))


def ref_code_objects(fn):
    code = code_of(fn)
    out = [code]
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            out += ref_code_objects(const)
    return out


def ref_constants(fn):
    out = []
    for ins in dis.get_instructions(code_of(fn)):
        if ins.opcode in dis.hasconst:
            if isinstance(ins.argval, types.CodeType):
                out += ref_constants(ins.argval)
            else:
                out.append(ins.argval)
    return out


# -- shape checks: a wrong shape is reported as what was returned ----------------------------
class Said:
    """A case result that prints as plain text (shape problems)."""

    def __init__(self, text):
        self.text = text

    def __repr__(self):
        return self.text


class WrongShape(Exception):
    pass


def guarded(thunk):
    def run():
        try:
            return thunk()
        except WrongShape as exc:
            return Said(str(exc))

    return run


def brief(value):
    """A value for a note: code objects by name only (their repr holds a temp path)."""
    if isinstance(value, types.CodeType):
        return "<code object " + value.co_name + ">"
    return show(value)


def histogram(fn):
    got = mod.opcode_histogram(fn)
    if not isinstance(got, collections.Counter):
        raise WrongShape("returned " + type(got).__name__ + ", expected a collections.Counter")
    return got


def codes(fn):
    got = mod.code_objects(fn)
    if not isinstance(got, list):
        raise WrongShape("returned " + type(got).__name__ + ", expected a list")
    bad = [c for c in got if not isinstance(c, types.CodeType)]
    if bad:
        raise WrongShape("the list holds a " + type(bad[0]).__name__ + ", expected code objects only")
    return got


def globals_of(fn):
    got = mod.global_names(fn)
    if not isinstance(got, (set, frozenset)):
        raise WrongShape("returned " + type(got).__name__ + " " + show(got) + ", expected a set")
    return got


def consts(fn):
    got = mod.constants(fn)
    if not isinstance(got, list):
        raise WrongShape("returned " + type(got).__name__ + ", expected a list")
    return got


def typed(values):
    """1, 1.0 and True are different constants: compare types as well as values."""
    return [(type(v), v) for v in values]


# -- opcode_histogram -------------------------------------------------------------------------
def histogram_matches(label, fn):
    def run():
        got, want = histogram(fn), ref_histogram(fn)
        if got == want:
            return True
        wrong = sorted(n for n in set(got) | set(want) if got[n] != want[n])
        check.note(
            f"opcode_histogram({label}): for {wrong[0]} dis counts {want[wrong[0]]}, you counted {got[wrong[0]]}"
        )
        return False

    check.case(f"opcode_histogram({label}) matches dis", guarded(run))


histogram_matches("area", samples.area)
histogram_matches("tally: a loop, method calls", samples.tally)
histogram_matches("make_scaler: defines a closure", samples.make_scaler)
histogram_matches("outer: an inner def, a lambda and a generator expression", samples.outer)
histogram_matches("squares_of: a list comprehension", samples.squares_of)
histogram_matches("many_locals: 300 locals", samples.many_locals)
histogram_matches("a bound method", samples.Greeter("Ada").greet)
histogram_matches("greet.__code__, a code object", samples.greet.__code__)
check.case("opcode_histogram(two_loops)['FOR_ITER']", guarded(lambda: histogram(samples.two_loops)["FOR_ITER"]))
check.case("opcode_histogram(three_yields)['YIELD_VALUE']", guarded(lambda: histogram(samples.three_yields)["YIELD_VALUE"]))
check.case("opcode_histogram(greet)['FOR_ITER'] (greet has no loop)", guarded(lambda: histogram(samples.greet)["FOR_ITER"]))


# -- code_objects -----------------------------------------------------------------------------
def names_of_codes(fn):
    return [c.co_name for c in codes(fn)]


def codes_match(label, fn):
    def run():
        got, want = codes(fn), ref_code_objects(fn)
        if len(got) == len(want) and all(a is b for a, b in zip(got, want)):
            return True
        check.note(
            f"code_objects({label}): the reference lists {[c.co_name for c in want]}, "
            f"you listed {[c.co_name for c in got]}"
        )
        return False

    check.case(f"code_objects({label}) matches the reference", guarded(run))


check.case("names in code_objects(area)", guarded(lambda: names_of_codes(samples.area)))
check.case("names in code_objects(outer)", guarded(lambda: names_of_codes(samples.outer)))
check.case("names in code_objects(outer.__code__), a code object", guarded(lambda: names_of_codes(samples.outer.__code__)))
check.case("names in code_objects(make_scaler(2)), the closure it returns", guarded(lambda: names_of_codes(samples.make_scaler(2))))
codes_match("outer", samples.outer)
codes_match("labels: a lambda and a list comprehension", samples.labels)
codes_match("squares_of", samples.squares_of)

# -- global_names -----------------------------------------------------------------------------
GLOBALS = [
    ("area", samples.area),
    ("two_loops", samples.two_loops),
    ("tally", samples.tally),
    ("bump", samples.bump),
    ("joined: imports inside", samples.joined),
    ("reset", samples.reset),
    ("make_scaler", samples.make_scaler),
    ("make_scaler(2), the closure", samples.make_scaler(2)),
    ("outer", samples.outer),
    ("squares_of", samples.squares_of),
    ("pick, a lambda", samples.pick),
    ("a bound method", samples.Greeter("Ada").greet),
    ("outer.__code__", samples.outer.__code__),
]
for label, fn in GLOBALS:
    check.case(f"global_names({label})", guarded(lambda fn=fn: globals_of(fn)))


# -- constants --------------------------------------------------------------------------------
def constants_match(label, fn):
    def run():
        got, want = consts(fn), ref_constants(fn)
        if typed(got) == typed(want):
            return True
        for i, (g, w) in enumerate(zip(got, want)):
            if type(g) is not type(w) or g != w:
                check.note(f"constants({label}): item {i}: the reference has {brief(w)}, you have {brief(g)}")
                return False
        check.note(f"constants({label}): the reference has {len(want)} values, you returned {len(got)}")
        return False

    check.case(f"constants({label}) matches the reference", guarded(run))


def plain_strings(fn):
    """String constants except the qualified names 3.10 loads for nested functions."""
    return [c for c in consts(fn) if isinstance(c, str) and "<locals>" not in c]


constants_match("greet", samples.greet)
constants_match("repeats", samples.repeats)
constants_match("keywords: keyword arguments", samples.keywords)
constants_match("outer", samples.outer)
constants_match("labels", samples.labels)
constants_match("many_locals", samples.many_locals)
constants_match("a bound method", samples.Greeter("Ada").greet)
check.case("strings in constants(greet), a function with a docstring", guarded(lambda: plain_strings(samples.greet)))
check.case("how often 'spam' is in constants(repeats)", guarded(lambda: sum(1 for c in consts(samples.repeats) if c == "spam")))
check.case("strings in constants(labels), in order", guarded(lambda: plain_strings(samples.labels)))
check.case(
    "strings in constants(make_scaler(2)), the closure",
    guarded(lambda: plain_strings(samples.make_scaler(2))),
)
check.case(
    "code objects in constants(outer)",
    guarded(lambda: sum(isinstance(c, types.CodeType) for c in consts(samples.outer))),
)
check.done()
