"""Hidden check for day02/deep_equal: one line per case."""
import copy

from pygrade_check import Check

check = Check()
mod = check.load("deep_equal.py")
if not check.need(mod, "deep_equal"):
    check.done()
deep_equal = mod.deep_equal


def cyclic(head):
    items = [head]
    items.append(items)
    return items


CASES = [
    ("deep_equal(1, 1)", 1, 1),
    ("deep_equal(1, 1.0)", 1, 1.0),
    ("deep_equal(True, 1)", True, 1),
    ("deep_equal(0, False)", 0, False),
    ("deep_equal(False, False)", False, False),
    ("deep_equal('a', b'a')", "a", b"a"),
    ("deep_equal('zoë', 'zoë')", "zoë", "zoë"),
    ("deep_equal([1, [2, 3]], [1, [2, 3]])", [1, [2, 3]], [1, [2, 3]]),
    ("deep_equal([1, 2], [2, 1])", [1, 2], [2, 1]),
    ("deep_equal([1, 2], (1, 2))", [1, 2], (1, 2)),
    ("deep_equal([1, [True]], [1, [1]])", [1, [True]], [1, [1]]),
    ("deep_equal([], [[]])", [], [[]]),
    ("deep_equal([1, 1, 2], [1, 2, 2])", [1, 1, 2], [1, 2, 2]),
    ("deep_equal({'a': [1, {'b': 2}]}, {'a': [1, {'b': 2.0}]})", {"a": [1, {"b": 2}]}, {"a": [1, {"b": 2.0}]}),
    ("deep_equal({'x': 1, 'y': 2}, {'y': 2, 'x': 1})", {"x": 1, "y": 2}, {"y": 2, "x": 1}),
    ("deep_equal({'k': True}, {'k': 1})", {"k": True}, {"k": 1}),
    ("deep_equal({'a': 1}, {'a': 1, 'b': 2})", {"a": 1}, {"a": 1, "b": 2}),
    ("deep_equal({1, 2, 3}, {3, 2, 1})", {1, 2, 3}, {3, 2, 1}),
    ("deep_equal({1, 2}, frozenset({1, 2}))", {1, 2}, frozenset({1, 2})),
    ("deep_equal((1, (2, (3,))), (1, (2, (3,))))", (1, (2, (3,))), (1, (2, (3,)))),
    ("deep_equal(None, None)", None, None),
    ("deep_equal(None, [])", None, []),
    ("deep_equal(2.0, 2)", 2.0, 2),
    ("deep_equal(1, 1.5)", 1, 1.5),
    ("deep_equal(10**17, 10**17 + 1)", 10**17, 10**17 + 1),
    ("deep_equal(True, 1.0)", True, 1.0),
    ("deep_equal(1.0, True)", 1.0, True),
    ("deep_equal(b'x', b'x')", b"x", b"x"),
    ("deep_equal('1', 1)", "1", 1),
    ("deep_equal(['ab'], [b'ab'])", ["ab"], [b"ab"]),
    ("deep_equal((1, 2), [1, 2])", (1, 2), [1, 2]),
    ("deep_equal([1, 2, 3], [1, 2])", [1, 2, 3], [1, 2]),
    ("deep_equal((1,), (1, 2))", (1,), (1, 2)),
    ("deep_equal({'a': 1, 'b': 2}, {'a': 1})", {"a": 1, "b": 2}, {"a": 1}),
    ("deep_equal({'a': None}, {'b': None})", {"a": None}, {"b": None}),
    ("deep_equal({}, [])", {}, []),
    ("deep_equal([], {})", [], {}),
    ("deep_equal({1, 2}, [1, 2])", {1, 2}, [1, 2]),
    ("deep_equal((1, 2), {1, 2})", (1, 2), {1, 2}),
    ("deep_equal({1}, {True})", {1}, {True}),
    ("deep_equal({'s': {1, 2}}, {'s': {2, 3}})", {"s": {1, 2}}, {"s": {2, 3}}),
    ("deep_equal([(1, [2.0])], [(1, [2])])", [(1, [2.0])], [(1, [2])]),
]
for label, a, b in CASES:
    check.case(label, lambda a=a, b=b: deep_equal(a, b))

check.case("self-containing lists with equal heads", lambda: deep_equal(cyclic(1), cyclic(1)))
check.case("self-containing lists with different heads", lambda: deep_equal(cyclic(1), cyclic(2)))


def unrolled(head, second):
    """b = [head, [second, b]]: a cycle of length two."""
    outer = [head]
    outer.append([second, outer])
    return outer


check.case("a = [1, a] vs b = [1, [2, b]]", lambda: deep_equal(cyclic(1), unrolled(1, 2)))


def cyclic_dict(value):
    d = {"v": value}
    d["self"] = d
    return d


check.case("self-containing dicts with equal values", lambda: deep_equal(cyclic_dict(1), cyclic_dict(1.0)))
check.case("self-containing dicts with different values",
           lambda: deep_equal(cyclic_dict(1), cyclic_dict(True)))


def unrolled_dict():
    outer = {"v": 1}
    outer["self"] = {"v": 2, "self": outer}
    return outer


check.case("a = {'v': 1, 'self': a} vs b = {'v': 1, 'self': {'v': 2, 'self': b}}",
           lambda: deep_equal(cyclic_dict(1), unrolled_dict()))


def through_tuple(value):
    items = [value]
    items.append((items,))
    return items


check.case("lists that contain themselves through a tuple",
           lambda: deep_equal(through_tuple("x"), through_tuple("x")))

deep_a = current_a = []
deep_b = current_b = []
for _ in range(200):
    current_a.append([])
    current_b.append([])
    current_a, current_b = current_a[0], current_b[0]
current_b.append(0)
check.case("200-deep nesting that differs only at the bottom", lambda: deep_equal(deep_a, deep_b))

before_a = {"a": [1, 2, {3}], "b": (4, [5])}
before_b = copy.deepcopy(before_a)
snapshot = copy.deepcopy(before_a)


def unchanged():
    deep_equal(before_a, before_b)
    return before_a == snapshot and before_b == snapshot


check.case("inputs are left unmodified", unchanged)
check.done()
