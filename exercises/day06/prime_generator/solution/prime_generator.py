"""Day 6 — reference solution for `prime_generator()`."""
from itertools import count


def prime_generator():
    """Yield 2, 3, 5, 7, 11, ... forever."""
    primes = []
    for candidate in count(2):
        if _has_no_factor(candidate, primes):
            primes.append(candidate)
            yield candidate


def _has_no_factor(n, primes):
    """True when no prime up to sqrt(n) divides n (primes holds every smaller prime)."""
    for p in primes:
        if p * p > n:
            return True
        if n % p == 0:
            return False
    return True
