"""Day 6 — alternative solution: an incremental Sieve of Eratosthenes.

Instead of dividing, remember for each upcoming composite number which primes reach it.
`upcoming` maps a composite to the primes that are its "next multiple"; a number not in
the map is prime. Only composites up to the current candidate are ever stored.
"""


def prime_generator():
    """Yield 2, 3, 5, 7, 11, ... forever."""
    upcoming = {}
    candidate = 2
    while True:
        factors = upcoming.pop(candidate, None)
        if factors is None:
            yield candidate
            upcoming[candidate * candidate] = [candidate]
        else:
            for prime in factors:
                upcoming.setdefault(candidate + prime, []).append(prime)
        candidate += 1
