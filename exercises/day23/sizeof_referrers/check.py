"""Hidden check for day23/sizeof_referrers: one line per case.

Sizes differ between versions and builds, so no size is ever printed for a correct
answer: each deep_sizeof case compares the learner's total with the check's own walk
over the same object (sys.getsizeof in this interpreter) and prints agreement. The
who_refers cases print labels only (chosen by the check), never objects or addresses,
and the expected order is the order of `among`, never gc's order.
"""
import gc
import sys
from collections import defaultdict, namedtuple

from pygrade_check import Check, show

check = Check()
mod = check.load("sizeof_referrers.py")
if not check.need(mod, "deep_sizeof", "who_refers"):
    check.done()


def is_int(value):
    return isinstance(value, int) and not isinstance(value, bool)


# -- the reference walk ------------------------------------------------------------------
def reference_size(obj):
    seen, total, todo = {}, 0, [obj]
    while todo:
        item = todo.pop()
        if id(item) in seen:
            continue
        seen[id(item)] = item
        total += sys.getsizeof(item)
        if isinstance(item, dict):
            for key, value in item.items():
                todo += [key, value]
        elif isinstance(item, (list, tuple, set, frozenset)):
            todo.extend(item)
        else:
            if hasattr(item, "__dict__"):
                todo.append(vars(item))
            for klass in type(item).__mro__:
                slots = klass.__dict__.get("__slots__", ())
                for name in (slots,) if isinstance(slots, str) else slots:
                    if name not in ("__dict__", "__weakref__") and hasattr(item, name):
                        todo.append(getattr(item, name))
    return total


def verdict(got, want):
    if not is_int(got):
        return "returned " + show(got) + ", expected an int"
    if got == want:
        return "agrees with the check's sum of sys.getsizeof"
    if got < want:
        return str(got) + ", the check's sum is " + str(want) + " (" + str(want - got) + " bytes missing)"
    return str(got) + ", the check's sum is " + str(want) + " (" + str(got - want) + " bytes too many)"


def size_case(label, make):
    def run():
        obj = make()
        got = mod.deep_sizeof(obj)
        return verdict(got, reference_size(obj))

    check.case(label, run, render=str)


# -- data ------------------------------------------------------------------------------
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Base:
    __slots__ = ("a", "b")


class Derived(Base):
    __slots__ = ("c",)


class OneSlot:
    __slots__ = "value"


class Loose:
    pass


class Mixed(Loose):
    __slots__ = ("slot",)


class Watched:
    __slots__ = ("payload", "__weakref__")


class Holder:
    __slots__ = ("item",)

    def __init__(self, item):
        self.item = item


Pair = namedtuple("Pair", "left right")


def big(n):
    return 10**40 + n  # a fresh int (never a cached small one)


def nested():
    return {"alpha": [big(1), big(2), (big(3), "tuple item")], "beta": {"gamma": "delta"}}


def sets():
    return [{big(4), big(5)}, frozenset({"x" * 50, "y" * 60})]


def shared():
    blob = "s" * 500
    row = [blob, big(6)]
    return [row, row, {"again": row, "blob": blob}, (blob,)]


def list_cycle():
    items = [big(7), "c" * 40]
    items.append(items)
    return items


def instance_cycle():
    point = Point(big(8), None)
    point.y = {"self": point, "list": [point]}
    return point


def point():
    return Point(1.5, [big(9), big(10), "p" * 30])


def inherited_slots():
    obj = Derived()
    obj.a = ["A" * 70, big(11)]
    obj.c = {"c": "C" * 90}
    return obj  # b is never set


def string_slots():
    obj = OneSlot()
    obj.value = ["v" * 80, big(12)]
    return obj


def dict_and_slots():
    obj = Mixed()
    obj.slot = ["S" * 120]
    obj.extra = ("E" * 60, big(13))
    return obj


def weakref_slot():
    obj = Watched()
    obj.payload = [big(14), "w" * 33]
    return obj


def subclasses():
    table = defaultdict(list)
    table["k"].append(big(15))
    return Pair(left=[big(16), "L" * 45], right=table)


def leaves():
    return [b"b" * 300, range(1000), "text" * 20, bytearray(b"x" * 200), 3.25, None]


def dict_keys():
    return {("key", big(17)): "v", big(18): None, "k" * 64: ("value", big(19))}


def many():
    return [{"id": i, "name": "n" + str(i), "tags": ["t" + str(i % 7)]} for i in range(300)]


size_case("deep_sizeof(a 41-digit int)", lambda: big(0))
size_case("deep_sizeof([])", list)
size_case("deep_sizeof(dict of a list holding a tuple, and a dict)", nested)
size_case("deep_sizeof([set of ints, frozenset of strings])", sets)
size_case("deep_sizeof(dict with tuple, int and string keys)", dict_keys)
size_case("deep_sizeof(the same row reached four ways)", shared)
size_case("deep_sizeof(list containing itself)", list_cycle)
size_case("deep_sizeof(instance whose attribute dict points back at it)", instance_cycle)
size_case("deep_sizeof(instance with attributes x, y)", point)
size_case("deep_sizeof(instance with slots set in a base and a subclass, one unset)", inherited_slots)
size_case("deep_sizeof(instance whose class has __slots__ = \"value\")", string_slots)
size_case("deep_sizeof(instance with a slot and a __dict__)", dict_and_slots)
size_case("deep_sizeof(instance with __slots__ = (\"payload\", \"__weakref__\"))", weakref_slot)
size_case("deep_sizeof(namedtuple holding a list and a defaultdict)", subclasses)
size_case("deep_sizeof([bytes, range, str, bytearray, float, None])", leaves)
size_case("deep_sizeof(300 small records)", many)


def twice():
    data = shared()
    first = mod.deep_sizeof(data)
    second = mod.deep_sizeof(data)
    want = reference_size(data)
    return "first call: " + verdict(first, want) + "; second call: " + verdict(second, want)


check.case("deep_sizeof called twice on the same structure", twice, render=str)


# -- who_refers --------------------------------------------------------------------------
class Token:
    """Hashable by identity."""


def labels_case(label, make):
    def run():
        gc.disable()  # no collection reorders gc's lists while the case runs
        try:
            obj, among = make()
            got = mod.who_refers(obj, among)
        finally:
            gc.enable()
        if not isinstance(got, list):
            return "returned " + show(got) + ", expected a list of labels"
        return show(got)

    check.case(label, run, render=str)


def list_payload():
    payload = [big(20), "payload"]
    # created in an order unlike among's (and unlike its reverse): gc reports
    # referrers in its own order, and the contract asks for among's
    pair = (payload, None)
    holder = Holder(payload)
    empty = []
    queue = [payload, 5]
    twin = [list(payload), 5]
    index = {"p": payload}
    nested = [[payload]]
    among = {
        "queue": queue,
        "index": index,
        "nested": nested,
        "twin": twin,
        "pair": pair,
        "holder": holder,
        "empty": empty,
        "copy_holder": Holder(list(payload)),
    }
    return payload, among


def token_payload():
    token = Token()
    frozen = frozenset([token])
    by_value = {"t": token}
    by_key = {token: "seen"}
    members = {token, "x"}
    among = {
        "others": [Token(), Token()],
        "members": members,
        "by_value": by_value,
        "via_tuple": ([token],),
        "frozen": frozen,
        "by_key": by_key,
        "cache": {"inner": {"t": token}},
    }
    return token, among


def nobody():
    payload = {"k": big(21)}
    return payload, {"zeta": [dict(payload)], "alpha": {"k": big(21)}, "mid": ({"k": 1},)}


def through_intermediate():
    payload = [big(22)]
    inner = [payload]
    outer = {"inner": inner}
    return payload, {"outer": outer, "wrapper": Holder(outer), "inner": inner}


def self_holding():
    loop = [big(23)]
    loop.append(loop)
    return loop, {"stranger": [[loop]], "itself": loop, "other": Holder(loop)}


labels_case("who_refers(a list, 8 candidates)", list_payload)
labels_case("who_refers(a hashable object, 7 candidates)", token_payload)
labels_case("who_refers(a dict, 3 candidates holding equal dicts)", nobody)
labels_case("who_refers(a list, outer and inner holders)", through_intermediate)
labels_case("who_refers(a list that contains itself, 3 candidates)", self_holding)
check.done()
