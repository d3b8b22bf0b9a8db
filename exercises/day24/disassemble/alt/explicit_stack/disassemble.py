"""Day 24 — alternative: no recursion, explicit stacks, `inspect` and `operator`."""

import dis
import inspect
from collections import Counter
from operator import attrgetter


def _code(fn):
    return fn if inspect.iscode(fn) else getattr(fn, "__func__", fn).__code__


def opcode_histogram(fn):
    return Counter(map(attrgetter("opname"), dis.get_instructions(_code(fn))))


def code_objects(fn):
    result = []
    stack = [_code(fn)]
    while stack:
        code = stack.pop()
        result.append(code)
        # push children reversed so the first one is visited next (pre-order)
        stack.extend(reversed([c for c in code.co_consts if inspect.iscode(c)]))
    return result


def global_names(fn):
    names = set()
    for code in code_objects(fn):
        names.update(i.argval for i in dis.get_instructions(code) if i.opcode == dis.opmap["LOAD_GLOBAL"])
    return names


def constants(fn):
    result = []
    pending = [iter(dis.get_instructions(_code(fn)))]
    while pending:
        for ins in pending[-1]:
            if ins.opcode not in dis.hasconst:
                continue
            if inspect.iscode(ins.argval):
                pending.append(iter(dis.get_instructions(ins.argval)))
                break
            result.append(ins.argval)
        else:
            pending.pop()
    return result
