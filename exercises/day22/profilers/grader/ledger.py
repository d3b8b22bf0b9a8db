"""A second grader-owned module for day22/profilers: another file, same names."""


def grow(n):
    rows = []
    for i in range(n):
        rows.append(bytes(10_000))
    return rows


def fetch(key):
    return key
