"""Day 7 — Use `dis` to inspect bytecode of a simple function.

CPython compiles each function to bytecode, a list of instructions for its virtual
machine, stored in `fn.__code__`. The `dis` module decodes it for you:

    >>> import dis
    >>> for ins in dis.get_instructions(lambda a, b: a + b):
    ...     print(ins.opname, ins.argrepr)

Try it, and `dis.dis(fn)` too, on a few functions: a loop, a generator, a closure.
Instruction names differ between Python versions (3.10 has BINARY_ADD, 3.11+ has
BINARY_OP; CALL_FUNCTION became CALL...), so code that inspects bytecode must ask `dis`
rather than hard-code one version's list. The raw bytes in `fn.__code__.co_code` are no
shortcut: besides opcodes they hold argument bytes, EXTENDED_ARG prefixes and, since
3.11, hidden CACHE slots; `dis` knows how to read them.

Contract — `fn` is a function, a lambda, a bound method or a code object:
  * `opcode_names(fn) -> list[str]`: the opname of every instruction of fn, in order,
    exactly as `dis.get_instructions(fn)` yields them (so no CACHE entries, and a
    nested function's own code is not included). A new list on every call; fn is
    never called.
  * `uses_opcode(fn, name) -> bool`: True if some instruction of fn is exactly the
    opcode `name` (case matters; a shorter name inside a longer one does not count).
    Raises ValueError if `name` is not an opcode name of the running Python
    (`dis.opmap` holds them all).
"""

import dis


def opcode_names(fn):
    """Return the opnames of fn's instructions, in order."""
    # Your code here: replace the line below.
    raise NotImplementedError("opcode_names")


def uses_opcode(fn, name):
    """Return True if fn has an instruction whose opname is `name`."""
    # Your code here: replace the line below.
    raise NotImplementedError("uses_opcode")
