"""Hidden check for day06/itertools_pipeline: one line per case."""
from itertools import count, islice
from operator import attrgetter, itemgetter

from pygrade_check import Check, ExpectedError

check = Check()
mod = check.load("itertools_pipeline.py")
if not check.need(mod, "chunked", "sliding_window", "top_n"):
    check.done()
chunked, sliding_window, top_n = mod.chunked, mod.sliding_window, mod.top_n

# An endless input must never be read to its end; stop a runaway reader with a case
# line instead of letting it hang until the timeout.
ENDLESS_LIMIT = 100_000


class Counted:
    """Iterator over `items` that counts every next() call made on it."""

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


def stream(how_many, seed, below):
    """A one-shot stream of pseudo-random ints in [0, below): the same on every run."""
    value = seed
    for _ in range(how_many):
        value = (value * 1103515245 + 12345) % 2**31
        yield (value >> 8) % below


class Reading:
    """A stream item that knows how many of its kind are alive: CPython frees an item
    as soon as nothing refers to it, so `peak` is how many items a consumer held at
    once. Exact and repeatable, unlike measuring memory."""

    __slots__ = ("value",)
    alive = 0
    peak = 0

    def __init__(self, value):
        self.value = value
        Reading.alive += 1
        Reading.peak = max(Reading.peak, Reading.alive)

    def __del__(self):
        Reading.alive -= 1

    def __repr__(self):
        return "Reading(" + str(self.value) + ")"


def take_from_endless(make, how_many):
    """First `how_many` items of make(endless input), and how many items were pulled."""
    source = Counted(count())
    got = list(islice(make(source), how_many))
    return got, source.pulls


# -- chunked --------------------------------------------------------------------------
check.case("list(chunked(range(7), 3))", lambda: list(chunked(range(7), 3)))
check.case("list(chunked('abcdef', 2))", lambda: list(chunked("abcdef", 2)))
check.case("list(chunked([], 4))", lambda: list(chunked([], 4)))
check.case("list(chunked(<generator over 'héllo wörld'>, 4))", lambda: list(chunked((c for c in "héllo wörld"), 4)))
check.case("first 2 chunks of 3 from an endless input", lambda: take_from_endless(lambda src: chunked(src, 3), 2)[0])
check.case(
    "items pulled from the endless input for those 2 chunks",
    lambda: take_from_endless(lambda src: chunked(src, 3), 2)[1],
)
check.raises("list(chunked([1, 2], 0))", lambda: list(chunked([1, 2], 0)), ValueError)
check.raises("list(chunked([1, 2], -1))", lambda: list(islice(chunked([1, 2], -1), 5)), ValueError)
check.raises("list(chunked([1, 2, 3], 2.5))", lambda: list(islice(chunked([1, 2, 3], 2.5), 5)), ValueError)

# -- sliding_window -------------------------------------------------------------------
check.case("list(sliding_window('abcde', 3))", lambda: list(sliding_window("abcde", 3)))
check.case("list(sliding_window([1, 2], 3))", lambda: list(sliding_window([1, 2], 3)))
check.case("list(sliding_window(range(3), 1))", lambda: list(sliding_window(range(3), 1)))
check.case("first 3 windows of 4 from an endless input", lambda: take_from_endless(lambda src: sliding_window(src, 4), 3)[0])
check.case(
    "items pulled from the endless input for those 3 windows",
    lambda: take_from_endless(lambda src: sliding_window(src, 4), 3)[1],
)
check.raises("list(sliding_window('abc', 0))", lambda: list(islice(sliding_window("abc", 0), 5)), ValueError)
check.raises("list(sliding_window('abc', -1))", lambda: list(islice(sliding_window("abc", -1), 5)), ValueError)
check.raises("list(sliding_window('abc', 1.5))", lambda: list(islice(sliding_window("abc", 1.5), 5)), ValueError)

# -- top_n ----------------------------------------------------------------------------
check.case("top_n([3, 1, 4, 1, 5, 9, 2, 6], 3)", lambda: top_n([3, 1, 4, 1, 5, 9, 2, 6], 3))
check.case("top_n(['bb', 'a', 'dd', 'c', 'ee'], 2, key=len)", lambda: top_n(["bb", "a", "dd", "c", "ee"], 2, key=len))
PLAYERS = [{"name": "Zoë", "score": 7}, {"name": "Ann", "score": 9}, {"name": "Bo", "score": 7}, {"name": "Cy", "score": 3}]
check.case(
    "names of top_n(players, 3, key=score), two of them tied on 7",
    lambda: [p["name"] for p in top_n(iter(PLAYERS), 3, key=itemgetter("score"))],
)
check.case("(top_n([5, 1], 4), top_n([5, 1], 0), top_n([], 3))", lambda: (top_n([5, 1], 4), top_n([5, 1], 0), top_n([], 3)))
check.case("top_n([4, 8, 6], -2)", lambda: top_n([4, 8, 6], -2))
check.case(
    "top_n(<generator of 6 words>, 4, key=len), four of them tied on length 4",
    lambda: top_n((w for w in ["kiwi", "fig", "pear", "plum", "apple", "lime"]), 4, key=len),
)


def top_readings():
    """Values of the top 3 of 100,000 readings, and the most readings alive at once."""
    Reading.alive = Reading.peak = 0
    best = top_n((Reading(v) for v in stream(100_000, seed=12345, below=10**6)), 3, key=attrgetter("value"))
    return [r.value for r in best], Reading.peak


check.case("values of top_n(<100,000 readings>, 3, key=value)", lambda: top_readings()[0])
check.expect(
    "most readings alive at once during that top_n (at most n + 10)",
    lambda: top_readings()[1],
    ok=lambda peak: peak <= 3 + 10,
)
check.case(
    "pipeline: top_n(map(sum, sliding_window(<50,000 readings>, 3)), 3)",
    lambda: top_n(map(sum, sliding_window(stream(50_000, seed=7, below=1000), 3)), 3),
)
check.done()
