"""Day 24 — Disassemble with `dis` (reference solution)."""

import collections
import dis
import types


def _code(fn):
    """The code object behind a function, lambda, bound method or code object."""
    if isinstance(fn, types.CodeType):
        return fn
    return fn.__code__  # a bound method forwards __code__ to its function


def opcode_histogram(fn):
    """How many times each opname occurs in fn's own instructions."""
    return collections.Counter(ins.opname for ins in dis.get_instructions(_code(fn)))


def code_objects(fn):
    """fn's code object, then every nested code object, depth-first."""
    code = _code(fn)
    found = [code]
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            found.extend(code_objects(const))
    return found


def global_names(fn):
    """Names loaded by LOAD_GLOBAL in fn or any code nested in it."""
    return {
        ins.argval
        for code in code_objects(fn)
        for ins in dis.get_instructions(code)
        if ins.opname == "LOAD_GLOBAL"
    }


def constants(fn):
    """Values fn's instructions load as constants; nested code replaced by its own."""
    values = []
    for ins in dis.get_instructions(_code(fn)):
        if ins.opcode in dis.hasconst:
            if isinstance(ins.argval, types.CodeType):
                values.extend(constants(ins.argval))
            else:
                values.append(ins.argval)
    return values
