"""Known-wrong: builds and returns a list instead of yielding, so it is eager and finite."""


def prime_generator(how_many=2000):
    primes = []
    candidate = 2
    while len(primes) < how_many:
        if all(candidate % p for p in primes if p * p <= candidate):
            primes.append(candidate)
        candidate += 1
    return primes
