"""Day 24 — Disassemble with `dis`.

A function's bytecode lives in a code object (`fn.__code__`). Everything the compiler
could settle in advance sits in the code object too: `co_consts` (constants, including
the code objects of nested functions, lambdas and generator expressions) and `co_names`
(names used by the instructions: globals, but also attributes and imported names).
`dis.get_instructions(x)` decodes the bytecode of x (a function, method or code object)
into `Instruction`s: `.opname` ("LOAD_GLOBAL"), `.opcode` (its number) and `.argval`
(the decoded argument: the name a LOAD_GLOBAL loads, the value a LOAD_CONST loads).
Use `.argval`, not `.argrepr`: the text shown by `dis.dis` changes between versions
("NULL + len" on 3.11+).

Which instructions you get depends on the Python version (3.12 inlines list
comprehensions into the function; 3.10 loads a nested function's qualified name as a
constant...), so compute everything from `dis` and `co_consts` at run time; never
hard-code opcode lists. A nested function's code is NOT part of fn's instructions:
it is one constant of fn, with instructions of its own.

Contract — `fn` is a function, a lambda, a bound method or a code object:
  * `opcode_histogram(fn) -> collections.Counter`: opname -> how many of fn's own
    instructions (as `dis.get_instructions(fn)` yields them) have that name.
    Nested code objects' instructions are not counted.
  * `code_objects(fn) -> list`: fn's code object first, then every code object nested
    in it, at any depth, depth-first: each nested code object (taken in `co_consts`
    order) is followed at once by the code objects nested inside it.
  * `global_names(fn) -> set[str]`: the names (`argval`) loaded by LOAD_GLOBAL
    instructions of fn and of every code object nested in it. Built-ins such as `len`
    count. Attributes (`math.pi` gives "math" only), names imported inside fn, names
    a function only assigns or deletes (`global x; x = 1`), locals, arguments and
    variables taken from an enclosing function are not global loads.
  * `constants(fn) -> list`: the `argval` of each of fn's instructions whose opcode is
    in `dis.hasconst`, in instruction order, repeats included (a value loaded three
    times is listed three times). When the value is a code object, the list holds
    `constants(<that code object>)` in its place, recursively: never a code object.
    The docstring is not a constant here unless an instruction loads it.
"""

import collections
import dis
import types


def opcode_histogram(fn):
    """Return a Counter of the opnames of fn's own instructions."""
    # Your code here: replace the line below.
    raise NotImplementedError("opcode_histogram")


def code_objects(fn):
    """Return fn's code object followed by all nested code objects, depth-first."""
    # Your code here: replace the line below.
    raise NotImplementedError("code_objects")


def global_names(fn):
    """Return the set of names loaded by LOAD_GLOBAL in fn or its nested code."""
    # Your code here: replace the line below.
    raise NotImplementedError("global_names")


def constants(fn):
    """Return the constants fn's instructions load, nested code expanded in place."""
    # Your code here: replace the line below.
    raise NotImplementedError("constants")
