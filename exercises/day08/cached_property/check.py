"""Hidden check for day08/cached_property: one line per case.

Every case builds its own classes, so a broken descriptor cannot carry state from one
case into the next, and every decorated function records its calls, so "computed once"
is counted rather than timed.

`functools.cached_property` is swapped for a recording subclass before the learner's
module is imported, so using it (subclassing it, re-exporting it or wrapping it) shows
whatever the learner's own class looks like.
"""
import functools

from pygrade_check import Check, Verdict, build_class as build

check = Check()

REAL_CACHED_PROPERTY = functools.cached_property
WRAPPED = []  # functions of this check that reached functools.cached_property


class RecordingCachedProperty(REAL_CACHED_PROPERTY):
    def __init__(self, func, *args, **kwargs):
        if getattr(func, "__module__", None) == __name__:
            WRAPPED.append(func)
        super().__init__(func, *args, **kwargs)


functools.cached_property = RecordingCachedProperty
mod = check.load("cached_property.py")
if not check.need(mod, "cached_property"):
    check.done()
cached_property = mod.cached_property


def rect_class():
    calls = []

    class Rect:
        def __init__(self, w, h):
            self.w = w
            self.h = h

        @cached_property
        def area(self):
            calls.append(self)
            return self.w * self.h

    return Rect, calls


def read_three_times():
    Rect, calls = build(rect_class)
    rect = Rect(3, 4)
    return [rect.area, rect.area, rect.area], len(calls)


def instance_dict_after_read():
    Rect, _ = build(rect_class)
    rect = Rect(3, 4)
    rect.area
    return vars(rect)


def class_access():
    Rect, _ = build(rect_class)
    return Rect.area is Rect.__dict__["area"]


def not_functools():
    Rect, _ = build(rect_class)
    Rect(3, 4).area
    return not isinstance(Rect.__dict__["area"], REAL_CACHED_PROPERTY) and not WRAPPED


def non_data_descriptor():
    Rect, _ = build(rect_class)
    kind = type(Rect.__dict__["area"])
    return [name for name in ("__set__", "__delete__") if hasattr(kind, name)]


def first_read_returns():
    Rect, calls = build(rect_class)
    rect = Rect(3, 4)
    return rect.area, len(calls)


def two_instances():
    Rect, calls = build(rect_class)
    small, big = Rect(3, 4), Rect(5, 6)
    return (small.area, big.area, small.area, big.area), len(calls)


def many_instances():
    Rect, calls = build(rect_class)
    rects = [Rect(i, 2) for i in range(1000)]
    first = [r.area for r in rects]
    second = [r.area for r in rects]
    return first == second == [2 * i for i in range(1000)], len(calls)


def del_resets():
    Rect, calls = build(rect_class)
    rect = Rect(3, 4)
    before = rect.area
    rect.w = 10
    stale = rect.area
    try:
        del rect.area
    except AttributeError:
        raise Verdict("`del rect.area` after reads raised AttributeError") from None
    return before, stale, rect.area, len(calls)


def del_before_read():
    Rect, _ = build(rect_class)
    rect = Rect(3, 4)
    del rect.area


def assignment():
    Rect, calls = build(rect_class)
    rect = Rect(3, 4)
    try:
        rect.area = 99
    except AttributeError:
        raise Verdict("`rect.area = 99` raised AttributeError") from None
    return rect.area, len(calls)


def falsy_results():
    calls = []

    def make():
        class Blank:
            @cached_property
            def nothing(self):
                calls.append("nothing")
                return None

            @cached_property
            def zero(self):
                calls.append("zero")
                return 0

            @cached_property
            def empty(self):
                calls.append("empty")
                return ""

        return Blank

    blank = build(make)()
    values = [(blank.nothing, blank.zero, blank.empty) for _ in range(3)]
    return values[-1], len(calls)


def failure_not_cached():
    calls = []

    def make():
        class Flaky:
            @cached_property
            def reading(self):
                calls.append(self)
                if len(calls) == 1:
                    raise ValueError("sensor warming up")
                return 21.5

        return Flaky

    flaky = build(make)()
    try:
        first = flaky.reading
    except ValueError:
        first = "ValueError"
    return first, flaky.reading, flaky.reading, len(calls)


def renamed():
    calls = []

    def make():
        def _compute_total(self):
            calls.append(self)
            return sum(self.items)

        class Basket:
            total = cached_property(_compute_total)

            def __init__(self, items):
                self.items = items

        return Basket

    basket = build(make)([1, 2, 3])
    return basket.total, basket.total, len(calls), list(vars(basket))


def one_function_two_names():
    calls = []

    def make():
        def double(self):
            calls.append(self)
            return self.n * 2

        class Pair:
            a = cached_property(double)
            b = cached_property(double)

            def __init__(self, n):
                self.n = n

        return Pair

    pair = build(make)(7)
    return (pair.a, pair.b, pair.a, pair.b), len(calls), list(vars(pair))


def subclass():
    def make():
        Rect, calls = rect_class()

        class Square(Rect):
            def __init__(self, side):
                super().__init__(side, side)

        return Square, calls

    Square, calls = build(make)
    square = Square(5)
    return square.area, square.area, len(calls)


def unicode_name():
    calls = []

    def make():
        class Schuh:
            @cached_property
            def größe(self):
                calls.append(self)
                return "dreiundvierzig"

        return Schuh

    schuh = build(make)()
    return schuh.größe, schuh.größe, len(calls), list(vars(schuh))


def unhashable_instances():
    calls = []

    def make():
        class Money:
            def __init__(self, cents):
                self.cents = cents

            def __eq__(self, other):  # defining __eq__ makes instances unhashable
                return isinstance(other, Money) and self.cents == other.cents

            @cached_property
            def euros(self):
                calls.append(self)
                return self.cents / 100

        return Money

    Money = build(make)
    a, b = Money(250), Money(250)
    return (a.euros, b.euros, a.euros), len(calls)


def same_object():
    def make():
        class Inbox:
            @cached_property
            def messages(self):
                return ["hi"]

        return Inbox

    inbox = build(make)()
    return inbox.messages is inbox.messages


check.case("Rect(3, 4).area, the first read: (value, calls)", first_read_returns)
check.case("three reads of one Rect: (values, calls)", read_three_times)
check.case("vars(rect) after one read", instance_dict_after_read)
check.case("Rect.area is the descriptor in Rect.__dict__", class_access)
check.case("functools.cached_property is not used (not subclassed, not wrapped)", not_functools)
check.case("methods the descriptor's class defines among __set__, __delete__", non_data_descriptor)
check.case("two Rects read in turn: (values, calls)", two_instances)
check.case("1000 Rects read twice: (all values right, calls)", many_instances)
check.case("read, change w, read, del, read: (values..., calls)", del_resets)
check.raises("del rect.area before any read", del_before_read, AttributeError)
check.case("rect.area = 99 then read: (value, calls)", assignment)
check.case("None, 0 and '' read three times: (last values, calls)", falsy_results)
check.case("computation raises once, then succeeds: (reads..., calls)", failure_not_cached)
check.case("total = cached_property(_compute_total): (reads..., calls, vars)", renamed)
check.case("one function behind attributes a and b: (reads, calls, vars)", one_function_two_names)
check.case("Square(Rect) reads the inherited property: (reads..., calls)", subclass)
check.case("non-ASCII attribute name: (reads..., calls, vars)", unicode_name)
check.case("instances that define __eq__ (unhashable): (values, calls)", unhashable_instances)
check.case("two reads return the very same object", same_object)
check.done()
