"""Known-wrong: parses the text of dis.dis(), which also disassembles nested functions."""

import contextlib
import dis
import io


def opcode_names(fn):
    text = io.StringIO()
    with contextlib.redirect_stdout(text):
        dis.dis(fn)
    names = []
    for line in text.getvalue().splitlines():
        for word in line.split():
            if word in dis.opmap:
                names.append(word)
                break
    return names


def uses_opcode(fn, name):
    if name not in dis.opmap:
        raise ValueError(name)
    return name in opcode_names(fn)
