# cython: language_level=3
"""Day 25 — Implement & benchmark a Cython function.

Cython compiles Python-like code to C. Untyped, it still does every `+` and `<` through
Python objects (hardly faster); once the loop's variables have C types (`cdef long long
i`, `cdef double d`, a typed memoryview `double[:] xs`), the loop becomes plain C and
runs tens of times faster. `cython -a typed_loop.pyx` writes typed_loop.html: yellow
lines touch Python objects (click one to see the C code), white lines are pure C.

The check compiles this file itself (Cython, then your C compiler cc/gcc: it must be
installed), imports it, and calls it on hidden inputs. To try it yourself:
`cythonize -i -a typed_loop.pyx` (needs setuptools), then `import typed_loop`.

Contract
  * `sum_squares_mod(n, m)` returns `sum((i * i) % m for i in range(n))` (0 when n <= 0).
    n and m fit a signed 64-bit integer; n < 2**31. m < 1 raises ValueError.
  * `min_gap(xs)`: `xs` is a 1-D buffer of C doubles (an `array.array("d", ...)`);
    returns the smallest `abs(xs[i] - xs[j])` over all pairs i < j, as a float (the
    values are not sorted). Fewer than two values raises ValueError.
  * Every loop in this file is typed: in the annotation, no line of any for/while loop
    (or comprehension) calls into Python objects — arithmetic, comparisons, indexing
    and conversions all in C. Raising errors is allowed (the yellow of a
    division-by-zero or an index check); `@cython.cdivision(True)`,
    `@cython.boundscheck(False)` and `@cython.wraparound(False)` remove those.
  * Speed: each function is at least 5x faster than the same loop in pure Python
    (the check measures CPU time, best of several runs; a typed loop manages 20x+).
"""


def sum_squares_mod(n, m):
    # Your code here: replace the line below.
    raise NotImplementedError("sum_squares_mod")


def min_gap(xs):
    # Your code here: replace the line below.
    raise NotImplementedError("min_gap")
