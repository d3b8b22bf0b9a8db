"""Known-wrong: reaches for fn.__code__ itself, so a code object (which has none) fails."""

import dis


def opcode_names(fn):
    return [instruction.opname for instruction in dis.get_instructions(fn.__code__)]


def uses_opcode(fn, name):
    if name not in dis.opmap:
        raise ValueError(name)
    return name in opcode_names(fn)
