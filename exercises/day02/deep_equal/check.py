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
]
for label, a, b in CASES:
    check.case(label, lambda a=a, b=b: deep_equal(a, b))

check.case("self-containing lists with equal heads", lambda: deep_equal(cyclic(1), cyclic(1)))
check.case("self-containing lists with different heads", lambda: deep_equal(cyclic(1), cyclic(2)))

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
