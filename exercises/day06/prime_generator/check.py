"""Hidden check for day06/prime_generator: one line per case."""
import inspect
import sys
from collections.abc import Iterator
from itertools import islice, takewhile

from pygrade_check import Check, ExpectedError, Verdict

check = Check()
mod = check.load("prime_generator.py")
if not check.need(mod, "prime_generator"):
    check.done()


def prime_generator():
    """The learner's prime_generator(), or a case verdict when the call returns
    something that is not an iterator."""
    gen = mod.prime_generator()
    if not isinstance(gen, Iterator):
        raise Verdict("prime_generator() returned " + ("None" if gen is None else "a " + type(gen).__name__) + ", expected a generator")
    return gen


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
    if not all(type(p) is int for p in got):
        raise Verdict("yielded " + show(next(p for p in got if type(p) is not int)) + ", expected only ints")
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


class LineCounter:
    """Counts the 'line' trace events of every frame run while it is active, and ends
    the run (OverBudget) past `budget`. The count is exact and repeatable."""

    def __init__(self, budget):
        self.budget = budget
        self.lines = 0

    def _on_line(self, frame, event, arg):
        if event == "line":
            self.lines += 1
            if self.lines > self.budget:
                raise OverBudget
        return self._on_line

    def _on_call(self, frame, event, arg):
        return self._on_line

    def take(self, gen, how_many, primes):
        """Append the next `how_many` items of gen to `primes`, counting lines."""
        sys.settrace(self._on_call)
        try:
            for _ in range(how_many):
                primes.append(next(gen))
        except StopIteration:
            raise Verdict("stopped after " + str(len(primes)) + " primes") from None
        except OverBudget:
            raise ExpectedError(
                "over budget: more than " + format(self.budget, ",") + " lines ran before prime #" + str(len(primes) + 1)
            ) from None
        finally:
            sys.settrace(None)


def first_primes_within_budget(how_many):
    primes = []
    LineCounter(LINE_BUDGET).take(prime_generator(), how_many, primes)
    return primes


# Bounded work, measured in lines too. The lines run to produce one prime are counted
# for primes #401-500 and #1,901-2,000, and the medians compared (a median, so a sieve
# that now and then extends itself is not judged by those moments). Stopping at the
# square root makes the second median about 1.5-2 times the first, in any style;
# looping over every prime found so far makes it about 4 times, and over every smaller
# number more. Only the verdict and the ratio are printed, never the counts.
GROWTH_LIMIT = 3.0
PER_PRIME_BUDGET = 1_000_000


def median(values):
    ordered = sorted(values)
    middle = len(ordered) // 2
    return (ordered[middle - 1] + ordered[middle]) / 2 if len(ordered) % 2 == 0 else ordered[middle]


def per_prime_lines(gen, primes, skip, count):
    """Take `skip` primes untraced, then `count` more one at a time, counting the
    lines each one took."""
    for _ in range(skip):
        try:
            primes.append(next(gen))
        except StopIteration:
            raise Verdict("stopped after " + str(len(primes)) + " primes") from None
    costs = []
    for _ in range(count):
        counter = LineCounter(PER_PRIME_BUDGET)
        counter.take(gen, 1, primes)
        costs.append(max(counter.lines, 1))
    return median(costs)


def growth_per_prime():
    gen, primes = prime_generator(), []
    early = per_prime_lines(gen, primes, 400, 100)
    late = per_prime_lines(gen, primes, 1400, 100)
    if primes != reference_primes(2000):
        return "the first 2,000 primes are wrong"
    ratio = late / early
    if ratio > GROWTH_LIMIT:
        return "a prime near #2,000 took " + format(ratio, ".1f") + " times the lines of one near #500 (at most " + str(GROWTH_LIMIT) + ")"
    return "at most " + str(GROWTH_LIMIT) + " times"


check.case(
    "prime_generator: (is a generator function, its call returns a generator)",
    lambda: (inspect.isgeneratorfunction(mod.prime_generator), inspect.isgenerator(mod.prime_generator())),
)
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
check.case("lines run for a prime near #2,000, compared with one near #500", growth_per_prime, render=str)
check.case("the first 10,000 primes, against a reference", lambda: against_reference(10_000), render=str)
check.done()
