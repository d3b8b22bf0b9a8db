"""Day 7 — reference solution: peeking at bytecode with `dis`."""

import dis


def opcode_names(fn):
    """Names of fn's bytecode instructions, in order, as dis lists them."""
    return [instruction.opname for instruction in dis.get_instructions(fn)]


def uses_opcode(fn, name):
    """True if one of fn's instructions is the opcode `name` of this Python."""
    if name not in dis.opmap:
        raise ValueError(f"{name!r} is not an opcode name on this Python")
    return name in opcode_names(fn)
