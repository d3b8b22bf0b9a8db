"""Hidden check for day06/prime_generator: one line per case."""
import inspect
import sys
from itertools import islice, takewhile

from pygrade_check import Check, ExpectedError

check = Check()
mod = check.load("prime_generator.py")
if not check.need(mod, "prime_generator"):
    check.done()
prime_generator = mod.prime_generator


def reference_primes(how_many):
    """The first `how_many` primes (how_many <= 10_000), by a plain sieve."""
    limit = 104_730  # the 10,000th prime is 104,729
    sieve = bytearray([1]) * limit
    sieve[0] = sieve[1] = 0
    for n in range(2, int(limit**0.5) + 1):
        if sieve[n]:
            sieve[n * n :: n] = bytearray(len(range(n * n, limit, n)))
    return [n for n in range(limit) if sieve[n]][:how_many]


def against_reference(how_many):
    """Compare the learner's first primes with the reference; say where they part."""
    got = list(islice(prime_generator(), how_many))
    want = reference_primes(how_many)
    for i, (mine, theirs) in enumerate(zip(got, want)):
        if mine != theirs:
            return "item " + str(i) + " differs: got " + repr(mine)
    if len(got) < how_many:
        return "stopped after " + str(len(got)) + " primes"
    return "all " + str(how_many) + " match"


class OverBudget(BaseException):
    """Raised from the trace function; BaseException so `except Exception` in the
    learner's code cannot swallow it."""


# Laziness is measured in executed lines, not seconds: count the 'line' trace events of
# every frame the generator runs while it produces its first primes. Lazy versions need
# a few hundred at most; a sieve or table built up front needs far more than the budget.
LINE_BUDGET = 100_000


def first_primes_within_budget(how_many):
    gen = prime_generator()
    lines = 0

    def on_line(frame, event, arg):
        nonlocal lines
        if event == "line":
            lines += 1
            if lines > LINE_BUDGET:
                raise OverBudget
        return on_line

    def on_call(frame, event, arg):
        return on_line

    primes = []
    sys.settrace(on_call)
    try:
        for _ in range(how_many):
            primes.append(next(gen))
    except OverBudget:
        raise ExpectedError("over budget: more than " + str(LINE_BUDGET) + " lines ran before prime #" + str(len(primes) + 1)) from None
    finally:
        sys.settrace(None)
    return primes


check.case("prime_generator() returns a generator object", lambda: inspect.isgenerator(prime_generator()))
check.case("first 5 primes, within a budget of 100,000 executed lines", lambda: first_primes_within_budget(5))
check.case("next(prime_generator())", lambda: next(prime_generator()))
check.case("list(islice(prime_generator(), 10))", lambda: list(islice(prime_generator(), 10)))


def resumes():
    gen = prime_generator()
    return list(islice(gen, 5)), list(islice(gen, 5))


check.case("g = prime_generator(): islice(g, 5) twice", resumes)


def independent():
    first, second = prime_generator(), prime_generator()
    for _ in range(3):
        next(first)
    return next(first), next(second)


check.case("two generators: (4th of the first, 1st of the second)", independent)
check.case("primes below 100: how many", lambda: len(list(takewhile(lambda p: p < 100, prime_generator()))))
check.case("the 100th prime", lambda: next(islice(prime_generator(), 99, None)))
check.case("the first 2,000 primes, against a reference", lambda: against_reference(2_000), render=str)
check.case("the first 10,000 primes, against a reference", lambda: against_reference(10_000), render=str)
check.done()
