"""Known-wrong: yields from a table of the primes below 1000, so it stops after 168 primes."""

_PRIMES = [n for n in range(2, 1000) if all(n % d for d in range(2, int(n**0.5) + 1))]


def prime_generator():
    yield from _PRIMES
