"""Known-wrong: sieves a fixed range up front before its first yield: not lazy, and it ends."""

LIMIT = 200_000


def prime_generator():
    is_prime = [True] * LIMIT
    is_prime[0] = is_prime[1] = False
    for n in range(2, int(LIMIT**0.5) + 1):
        if is_prime[n]:
            for multiple in range(n * n, LIMIT, n):
                is_prime[multiple] = False
    for n in range(LIMIT):
        if is_prime[n]:
            yield n
