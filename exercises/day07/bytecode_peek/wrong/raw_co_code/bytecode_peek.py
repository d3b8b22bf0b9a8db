"""Known-wrong: decodes fn.__code__.co_code by hand, treating every byte as an opcode."""

import dis


def opcode_names(fn):
    code = getattr(fn, "__code__", fn).co_code
    return [dis.opname[op] for op in code[0::2]]


def uses_opcode(fn, name):
    if name not in dis.opmap:
        raise ValueError(name)
    return dis.opmap[name] in getattr(fn, "__code__", fn).co_code
