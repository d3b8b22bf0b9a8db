"""The same loops in pure Python: the reference for results and for the speed-up."""


def sum_squares_mod(n, m):
    if m < 1:
        raise ValueError("m must be at least 1")
    total = 0
    for i in range(n):
        total += (i * i) % m
    return total


def min_gap(xs):
    n = len(xs)
    if n < 2:
        raise ValueError("min_gap needs at least two values")
    best = abs(xs[1] - xs[0])
    for i in range(n - 1):
        for j in range(i + 1, n):
            d = abs(xs[i] - xs[j])
            if d < best:
                best = d
    return best
