"""Alternative: Cython's pure-Python syntax (types as annotations), while loops, and the
inner loop in a C-only helper function that runs without the GIL."""
import cython
from libc.math cimport fabs


def sum_squares_mod(n: cython.longlong, m: cython.longlong) -> cython.longlong:
    if m <= 0:
        raise ValueError(f"m must be positive, got {m}")
    i: cython.longlong = 0
    total: cython.longlong = 0
    while i < n:
        total = total + i * i % m
        i += 1
    return total


@cython.cfunc
@cython.nogil
@cython.exceptval(check=False)
@cython.boundscheck(False)
@cython.wraparound(False)
def _closest_to(xs: cython.double[:], i: cython.Py_ssize_t, best: cython.double) -> cython.double:
    j: cython.Py_ssize_t = i + 1
    n: cython.Py_ssize_t = xs.shape[0]
    while j < n:
        best = min(best, fabs(xs[j] - xs[i]))
        j += 1
    return best


def min_gap(xs: cython.double[:]) -> float:
    if xs.shape[0] < 2:
        raise ValueError("need two or more values")
    best: cython.double = fabs(xs[0] - xs[1])
    i: cython.Py_ssize_t
    with cython.nogil:
        for i in range(xs.shape[0]):
            best = _closest_to(xs, i, best)
    return best
