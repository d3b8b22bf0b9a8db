"""Day 6 — Write `prime_generator()` using `yield`.

A function containing `yield` is a generator function: calling it runs none of its body;
it returns a generator object. Each `next()` runs the body until the next `yield`, hands
that value out and freezes the function right there, locals and all. So a generator can
describe an infinite sequence: it only ever computes what the caller asks for.
`itertools.islice(gen, 10)` takes the first ten items of any iterator.

Contract of `prime_generator()`:
  * is a generator function (it uses `yield`), called with no arguments;
  * yields the primes in increasing order, 2, 3, 5, 7, 11, ... and never stops;
  * is lazy: before producing its first few primes it does only the work those need —
    no precomputed table, no sieve up to some big bound decided in advance;
  * each call starts a new, independent sequence;
  * does bounded work per candidate: it stops testing a candidate once the divisors
    pass its square root, instead of looping over every prime found so far (skipping
    the big ones with `if p * p <= n` still loops over them all). The check counts
    lines of Python run, not seconds: a prime near #2,000 may cost at most 3 times
    the lines of a prime near #500 (stopping at the root gives about 2; looping over
    every prime found, about 4).
"""


def prime_generator():
    """Yield 2, 3, 5, 7, 11, ... forever."""
    # Your code here: replace the line below with a loop that yields.
    raise NotImplementedError("prime_generator")
