# cython: language_level=3
"""Day 25 — reference solution: typed loops that Cython turns into plain C."""
cimport cython


@cython.cdivision(True)      # m >= 1 is checked once below, so `%` needs no zero test
def sum_squares_mod(long long n, long long m):
    if m < 1:
        raise ValueError("m must be at least 1")
    cdef long long i
    cdef long long total = 0
    for i in range(n):
        total += (i * i) % m
    return total


@cython.boundscheck(False)   # indices stay within 0 <= i < j < n
@cython.wraparound(False)    # and are never negative
def min_gap(double[:] xs):
    cdef Py_ssize_t n = xs.shape[0]
    if n < 2:
        raise ValueError("min_gap needs at least two values")
    cdef Py_ssize_t i, j
    cdef double d
    cdef double best = abs(xs[1] - xs[0])
    for i in range(n - 1):
        for j in range(i + 1, n):
            d = abs(xs[i] - xs[j])
            if d < best:
                best = d
    return best
