"""Hidden check for day06/iterator_protocol: one line per case."""
from collections.abc import Iterable, Iterator
from itertools import count, islice

from pygrade_check import Check, ExpectedError, Verdict, show

check = Check()
mod = check.load("iterator_protocol.py")
if not check.need(mod, "CountdownIterator", "Countdown", "my_zip"):
    check.done()
CountdownIterator, Countdown, my_zip = mod.CountdownIterator, mod.Countdown, mod.my_zip

# my_zip must do its own work: the module's global name `zip` is shadowed by a recorder
# (unless the learner defined a `zip` of their own), read back in the last case.
zip_calls = []
if "zip" not in vars(mod):

    def recording_zip(*args, **kwargs):
        zip_calls.append(1)
        return zip(*args, **kwargs)

    mod.zip = recording_zip

# An endless input must never be read to its end; stop a runaway reader with a case
# line instead of letting it hang until the timeout.
ENDLESS_LIMIT = 100_000


class Counted:
    """Iterator over `items` that counts every next() call made on it, the one that
    ends it included, so a check can see exactly how much was pulled."""

    def __init__(self, items):
        self._it = iter(items)
        self.pulls = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.pulls += 1
        if self.pulls > ENDLESS_LIMIT:
            raise ExpectedError("endless input: more than " + str(ENDLESS_LIMIT) + " items pulled")
        return next(self._it)


def bounded_list(iterable, limit=6):
    """list(iterable), but an iterable that goes on and on is stopped and said so."""
    items = list(islice(iterable, limit))
    if len(items) == limit:
        raise Verdict("never stops: " + show(items)[:-1] + ", ...]")
    return items


# -- the container and its iterator ---------------------------------------------------
check.case("list(Countdown(3))", lambda: list(Countdown(3)))
check.case("list(Countdown(0))", lambda: bounded_list(Countdown(0)))
check.case("list(CountdownIterator(-2))", lambda: bounded_list(CountdownIterator(-2)))


def looped_twice():
    countdown = Countdown(4)
    return list(countdown), list(countdown)


check.case("one Countdown(4), listed twice", looped_twice)


def nested_loops():
    countdown = Countdown(2)
    return [(a, b) for a in countdown for b in countdown]


check.case("nested for loops over one Countdown(2)", nested_loops)


def container_roles():
    countdown = Countdown(3)
    return isinstance(iter(countdown), Iterator), isinstance(countdown, Iterator)


check.case("c = Countdown(3): (iter(c) is an Iterator, c is an Iterator)", container_roles)


def fresh_iterators():
    countdown = Countdown(3)
    first, second = iter(countdown), iter(countdown)
    return isinstance(first, CountdownIterator), first is not second


check.case("c = Countdown(3): (iter(c) is a CountdownIterator, iter(c) is not iter(c))", fresh_iterators)
check.case(
    "CountdownIterator(3): (is Iterable, is Iterator)",
    lambda: (isinstance(CountdownIterator(3), Iterable), isinstance(CountdownIterator(3), Iterator)),
)


def iter_of_iterator():
    it = CountdownIterator(2)
    return iter(it) is it


check.case("iter(it) is it, for it = CountdownIterator(2)", iter_of_iterator)


def one_shot():
    it = CountdownIterator(3)
    return list(it), bounded_list(it)


check.case("one CountdownIterator(3), listed twice", one_shot)


def next_past_end():
    it = CountdownIterator(1)
    next(it)
    return next(it)


check.raises("it = CountdownIterator(1); next(it); next(it)", next_past_end, StopIteration)
# Building all the numbers up front fails here (MemoryError); computing them one at a
# time does not.
check.case("first 3 items of Countdown(10**18)", lambda: list(islice(Countdown(10**18), 3)))

# -- my_zip ---------------------------------------------------------------------------
check.case("list(my_zip([1, 2, 3], 'abc'))", lambda: list(my_zip([1, 2, 3], "abc")))
check.case("list(my_zip())", lambda: bounded_list(my_zip()))
check.case("list(my_zip([1, 2, 3, 4], 'xy', range(10)))", lambda: list(my_zip([1, 2, 3, 4], "xy", range(10))))
check.case("list(my_zip(Countdown(3), Countdown(2)))", lambda: list(my_zip(Countdown(3), Countdown(2))))
check.case("list(my_zip(itertools.count(), 'ñé'))", lambda: list(my_zip(Counted(count()), "ñé")))


def pulls_around_first_next():
    left, right = Counted(count()), Counted(count())
    zipped = my_zip(left, right)
    before = (left.pulls, right.pulls)
    next(zipped)
    return before, (left.pulls, right.pulls)


check.case("items pulled from two endless inputs: before and after the first next()", pulls_around_first_next)


def pulls_when_left_ends():
    left, right = Counted([1, 2]), Counted(count())
    list(my_zip(left, right))
    return left.pulls, right.pulls


check.case("next() calls on ([1, 2], endless) when zipped to the end", pulls_when_left_ends)


def same_iterator_twice():
    it = iter(range(7))
    return list(my_zip(it, it))


check.case("it = iter(range(7)); list(my_zip(it, it))", same_iterator_twice)


def zip_is_iterator():
    zipped = my_zip([1], [2])
    return isinstance(zipped, Iterator), iter(zipped) is zipped


check.case("z = my_zip([1], [2]): (is Iterator, iter(z) is z)", zip_is_iterator)
check.raises("list(my_zip([1], 5))", lambda: list(my_zip([1], 5)), TypeError)
check.raises("list(my_zip(5, [1]))", lambda: list(my_zip(5, [1])), TypeError)
check.case("calls to the built-in zip made by my_zip in the cases above", lambda: len(zip_calls))
check.done()
