"""Hidden check for day02/copying: one line per case.

Identity is what this topic is about, but ids differ run to run, so cases print
`is` comparisons (True/False) and never ids.
"""
import copy

from pygrade_check import Check, Verdict, show

# The exercise is to write a deep copy, not to call one. Patch before loading the
# learner's file so `from copy import deepcopy` picks up the patched name as well.
real_deepcopy = copy.deepcopy
real_copy = copy.copy


def off_limits(*args, **kwargs):
    raise Verdict("uses the copy module, which is off limits here: write your own")


copy.deepcopy = off_limits
copy.copy = off_limits

check = Check()
mod = check.load("copying.py")
if not check.need(mod, "my_deepcopy", "shared_mutables"):
    check.done()
my_deepcopy, shared_mutables = mod.my_deepcopy, mod.shared_mutables


def mutable_ids(obj, found=None):
    """ids of every list, dict and set reachable from obj (cycle-safe)."""
    found = set() if found is None else found
    if isinstance(obj, (list, dict, set)):
        if id(obj) in found:
            return found
        found.add(id(obj))
    if isinstance(obj, (list, tuple)):
        for item in obj:
            mutable_ids(item, found)
    elif isinstance(obj, dict):
        for value in obj.values():
            mutable_ids(value, found)
    return found


def shares_nothing(original, duplicate):
    return not (mutable_ids(original) & mutable_ids(duplicate))


# ---------------------------------------------------------------- my_deepcopy ---

NESTED = [1, [2, [3, "ü"]], {"k": (4, [5]), "s": {6, 7}}, [], {}, set(), (), frozenset({8}), b"9", None]
check.case("my_deepcopy(<nested list, dict, set, tuple, empties>)", lambda: my_deepcopy(NESTED))
check.case("that copy shares no list, dict or set with the original",
           lambda: shares_nothing(NESTED, my_deepcopy(NESTED)))
check.case("my_deepcopy({'b': [1], 'a': [2]}) keeps key order",
           lambda: my_deepcopy({"b": [1], "a": [2]}))


IMMUTABLES = [None, True, 10**30, 2.5, 3j, "text", b"bytes", frozenset({1, 2}), (1, "a")]


def immutables_unchanged():
    return [my_deepcopy(x) is x for x in IMMUTABLES[:-1]] + [my_deepcopy(IMMUTABLES[-1]) == IMMUTABLES[-1]]


check.case("copy of None, True, 10**30, 2.5, 3j, str, bytes, frozenset is that very object;"
           " (1, 'a') copies equal", immutables_unchanged)


def keys_kept():
    key = (1, "k")
    duplicate = my_deepcopy({key: [1]})
    if not isinstance(duplicate, dict) or len(duplicate) != 1:
        raise Verdict("returned " + show(duplicate) + ", expected a dict with one key")
    return next(iter(duplicate)) is key


check.case("copy of {k: [1]} with k = (1, 'k'): is its key k itself?", keys_kept)


def two_calls_separate():
    x = [[1], {"a": [2]}]
    first, second = my_deepcopy(x), my_deepcopy(x)
    return (first is second, first[0] is second[0], first[1] is second[1])


check.case("c1 = copy(x); c2 = copy(x): (c1 is c2, c1[0] is c2[0], c1[1] is c2[1])",
           two_calls_separate)


def later_copy_sees_change():
    x = [1]
    my_deepcopy(x)
    x.append(2)
    return my_deepcopy(x)


check.case("x = [1]; copy(x); x.append(2); copy(x)", later_copy_sees_change)


def tuple_holding_list():
    original = (1, [2])
    duplicate = my_deepcopy(original)
    if duplicate != original or type(duplicate) is not tuple:
        raise Verdict("returned " + show(duplicate) + ", expected a tuple equal to (1, [2])")
    return duplicate[1] is original[1]


check.case("copy of (1, [2]): is its list the original's list?", tuple_holding_list)


def same_list_twice():
    inner = [1]
    duplicate = my_deepcopy([inner, inner])
    return (duplicate[0] is duplicate[1], duplicate[0] is inner)


check.case("copy of [x, x] where x = [1]: (c[0] is c[1], c[0] is x)", same_list_twice)


def shared_through_dict_and_list():
    x = {"n": 1}
    duplicate = my_deepcopy({"a": x, "b": [x]})
    return (duplicate["a"] is duplicate["b"][0], duplicate["a"] is x)


check.case("copy of {'a': x, 'b': [x]} where x = {'n': 1}: (c['a'] is c['b'][0], c['a'] is x)",
           shared_through_dict_and_list)


def shared_through_tuple():
    x = [0]
    duplicate = my_deepcopy([x, (x,)])
    return (duplicate[0] is duplicate[1][0], duplicate[0] is x)


check.case("copy of [x, (x,)] where x = [0]: (c[0] is c[1][0], c[0] is x)", shared_through_tuple)


def same_tuple_twice():
    t = ([1],)
    duplicate = my_deepcopy([t, t])
    return (type(duplicate[1]).__name__, duplicate[0][0] is duplicate[1][0], duplicate[0][0] is t[0])


check.case("copy of [t, t] where t = ([1],): (type(c[1]).__name__, c[0][0] is c[1][0], c[0][0] is t[0])",
           same_tuple_twice)


def same_set_twice():
    x = {1}
    duplicate = my_deepcopy([x, {"s": x}])
    return (duplicate[0] is duplicate[1]["s"], duplicate[0] is x)


check.case("copy of [x, {'s': x}] where x = {1}: (c[0] is c[1]['s'], c[0] is x)", same_set_twice)


def equal_but_separate():
    duplicate = my_deepcopy([[1], [1]])
    return duplicate[0] is duplicate[1]


check.case("copy of [[1], [1]]: c[0] is c[1]", equal_but_separate)


def list_cycle():
    a = [1]
    a.append(a)
    c = my_deepcopy(a)
    return (c[1] is c, c is a)


check.case("a = [1]; a.append(a); c = copy: (c[1] is c, c is a)", list_cycle)


def dict_cycle():
    d = {"name": "root"}
    d["self"] = d
    c = my_deepcopy(d)
    return (c["name"], c["self"] is c, c is d)


check.case("d = {'name': 'root'}; d['self'] = d; c = copy: (c['name'], c['self'] is c, c is d)",
           dict_cycle)


def mutual_cycle():
    a = []
    b = [a]
    a.append(b)
    c = my_deepcopy(a)
    return (c[0][0] is c, c[0] is b)


check.case("a = []; b = [a]; a.append(b); c = copy: (c[0][0] is c, c[0] is b)", mutual_cycle)


def cycle_through_tuple():
    a = ["head"]
    a.append((a,))
    c = my_deepcopy(a)
    return (c[1][0] is c, c is a)


check.case("a = ['head']; a.append((a,)); c = copy: (c[1][0] is c, c is a)", cycle_through_tuple)


def many_small_lists():
    original = [[i, str(i)] for i in range(10_000)]
    duplicate = my_deepcopy(original)
    return duplicate == original and shares_nothing(original, duplicate)


check.case("10,000 small lists: equal copy, nothing shared", many_small_lists)

# ---------------------------------------------------------------- shared_mutables ---

TREE = [1, [2, 3], {"k": [4], "t": (5, [6]), "f": frozenset({9}), "n": "x"}, {7, 8}]
# The inputs are no secret; this line lets the learner read the diff.
check.line("tree = " + show(TREE))
check.case("shared_mutables(tree, tree)", lambda: shared_mutables(TREE, TREE))
check.case("shared_mutables(tree, copy.copy(tree))", lambda: shared_mutables(TREE, real_copy(TREE)))
check.case("shared_mutables(tree, copy.deepcopy(tree))",
           lambda: shared_mutables(TREE, real_deepcopy(TREE)))
check.case("shared_mutables(tree, [tree[0], list(tree[1]), dict(tree[2]), tree[3]])",
           lambda: shared_mutables(TREE, [TREE[0], list(TREE[1]), dict(TREE[2]), TREE[3]]))
CONFIG = {"cfg": {"debug": [1], "name": "x"}}
check.case("shared_mutables(c, c.copy()) for c = " + show(CONFIG),
           lambda: shared_mutables(CONFIG, CONFIG.copy()))
PLAIN = (1, "a", (2, 3))
check.case("shared_mutables(t, t) for t = " + show(PLAIN), lambda: shared_mutables(PLAIN, PLAIN))
LEAVES = {"a": 1, "b": "text", "c": (2, "z")}
check.case("shared_mutables(d, dict(d)) for d = " + show(LEAVES), lambda: shared_mutables(LEAVES, dict(LEAVES)))
DEEP = [[[[]]]]
check.case("shared_mutables(d, [d[0]]) for d = [[[[]]]]", lambda: shared_mutables(DEEP, [DEEP[0]]))
check.case("shared_mutables(tree, my_deepcopy(tree))",
           lambda: shared_mutables(TREE, my_deepcopy(TREE)))
check.done()
