"""Known-wrong: uses_opcode searches the disassembly text, so any substring matches."""

import dis


def opcode_names(fn):
    return [instruction.opname for instruction in dis.get_instructions(fn)]


def uses_opcode(fn, name):
    return name in dis.Bytecode(fn).dis()
