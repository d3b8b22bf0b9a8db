"""Functions the check disassembles. Their opcodes are never printed (they differ
between Python versions); only agreement with `dis` and version-independent facts
(names, strings, counts of loops and yields) reach the output."""

import math

SCALE = 3
counter = 0
log = []


def area(radius):
    return math.pi * radius ** 2


def two_loops(rows):
    total = 0
    for row in rows:
        for cell in row:
            total += abs(cell)
    return total


def three_yields(n):
    yield n
    yield n + 1
    yield n + 2


def greet(name, excited=False):
    """Say hello to name."""
    if excited:
        return f"Hello, {name}!"
    return "Hi " + name


def tally(words):
    seen = []
    for word in words:
        if word not in seen:
            seen.append(word.lower())
    log.append(len(seen))
    return sorted(seen, key=str.casefold)


def bump():
    global counter
    counter += 1
    return counter


def reset():
    global counter, log, SCALE_BACKUP
    counter = 0
    log = []
    del SCALE_BACKUP


def make_scaler(factor):
    offset = SCALE

    def scale(x):
        return f"{x * factor + offset + round(x)} units"

    return scale


def joined(parts):
    import os
    from json import dumps

    return os.sep.join(parts) + dumps(len(parts))


def outer(xs):
    def inner(y):
        return lambda z: y + z + max(xs)

    total = sum(v * SCALE for v in xs)
    return inner, total


pick = lambda xs: max(xs, key=abs)  # noqa: E731


def squares_of(values):
    return [abs(v) ** 2 for v in values if isinstance(v, int)]


def labels(items):
    tag = "alpha"
    describe = lambda item: "beta" + str(item)
    end = "gamma"
    return [tag + describe(i) + end + "delta" for i in items]


def repeats(x):
    first = "spam"
    if x > 1000:
        return first, "spam", 2.5
    return "spam", x


def keywords(parts):
    print(*parts, sep="-", end="!")
    return "done"


def many_locals_source(count):
    body = "".join(f"    v{i} = 's{i}'\n" for i in range(count))
    return f"def many_locals():\n{body}    return v0, v{count - 1}\n"


_namespace = {}
exec(many_locals_source(300), _namespace)
many_locals = _namespace["many_locals"]


class Greeter:
    def __init__(self, name):
        self.name = name

    def greet(self, greeting="Hello"):
        return f"{greeting}, {self.name}! " + str(len(self.name))
