"""Day 3 — another correct solution: default-argument binding, a loop, functools.partial."""

import functools


def make_counter(start=0, *, step=1):
    state = [start]  # a mutable cell: the closure mutates it, never rebinds it

    def counter():
        state[0] = state[0] + step
        return state[0]

    return counter


def make_multipliers(n):
    result = []
    for i in range(n):
        result.append(lambda x, i=i: i * x)  # the default freezes today's i
    return result


def join_words(*words, sep=" "):
    out = ""
    for index, word in enumerate(words):
        if index:
            out += sep
        out += word
    return out


def apply_defaults(func, **defaults):
    # partial's stored keywords are overridden by the call's own.
    return functools.partial(func, **defaults)
