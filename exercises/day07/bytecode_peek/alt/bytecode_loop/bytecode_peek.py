"""Day 7 — alternative solution: walking a dis.Bytecode object with plain loops."""

import dis


def opcode_names(fn):
    """Names of fn's bytecode instructions, in order."""
    names = []
    for instruction in dis.Bytecode(fn):
        names.append(instruction.opname)
    return names


def uses_opcode(fn, name):
    """True if an instruction of fn is exactly the opcode `name`."""
    if name not in dis.opname:
        raise ValueError("unknown opcode name: " + repr(name))
    for instruction in dis.Bytecode(fn):
        if instruction.opname == name:
            return True
    return False
