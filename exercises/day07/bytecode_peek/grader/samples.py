"""Functions whose bytecode the check inspects. The check never prints their opcodes:
those differ between Python versions; only agreement with `dis` and facts that hold on
3.10-3.14 (a for loop has FOR_ITER, a generator YIELD_VALUE, ...) reach the output."""

import math


def add(a, b):
    return a + b


def count_evens(numbers):
    total = 0
    for n in numbers:
        if n % 2 == 0:
            total += 1
    return total


def squares(n):
    return [i * i for i in range(n)]  # inlined into squares itself since 3.12


def make_counter():
    count = 0

    def step():
        nonlocal count
        count += 1
        return count

    return step


step = make_counter()


def countdown(n):
    while n > 0:
        yield n
        n -= 1


def careful_divide(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return math.inf
    finally:
        print("done")


def mentions_raise():
    return "RAISE_VARARGS"


scale = lambda x: x * 3  # noqa: E731


def spread(f, args):
    return f(*args)


class Greeter:
    def __init__(self, name):
        self.name = name

    def greet(self, greeting="Hello"):
        return f"{greeting}, {self.name}!"


def _many_locals_source(count):
    body = "".join(f"    v{i} = 's{i}'\n" for i in range(count))
    return f"def many_locals():\n{body}    return v0, v{count - 1}\n"


# 300 distinct string constants stored in 300 locals: their indexes pass 255, so the
# bytecode needs EXTENDED_ARG, and every byte value 0-255 shows up as an argument byte.
_namespace = {}
exec(_many_locals_source(300), _namespace)
many_locals = _namespace["many_locals"]

