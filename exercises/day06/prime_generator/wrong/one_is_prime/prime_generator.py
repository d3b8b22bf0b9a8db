"""Known-wrong: starts counting at 1, and 1 has no divisor below it, so 1 is yielded as a prime."""
from itertools import count
from math import isqrt


def prime_generator():
    for n in count(1):
        if all(n % d for d in range(2, isqrt(n) + 1)):
            yield n
