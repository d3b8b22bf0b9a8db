"""Alternative: an explicit stack instead of recursion, a type-dispatch table, slot
values read through the member descriptors, and referrers matched by id()."""

import gc
import sys
import types
from collections import deque


def _dict_items(d):
    out = []
    for key in d:
        out += [key, d[key]]
    return out


_CONTAINERS = [
    (dict, _dict_items),
    (list, list),
    (tuple, list),
    (set, list),
    (frozenset, list),
]


def _slot_values(obj):
    values = []
    for klass in type(obj).__mro__:
        if "__slots__" not in vars(klass):  # built-ins like range have members too
            continue
        for attr in vars(klass).values():
            if isinstance(attr, types.MemberDescriptorType) and attr.__objclass__ is klass:
                try:
                    values.append(attr.__get__(obj, type(obj)))
                except AttributeError:  # slot never set
                    pass
    return values


def _referents(obj):
    for kind, items in _CONTAINERS:
        if isinstance(obj, kind):
            return items(obj)
    found = []
    try:
        found.append(obj.__dict__)
    except AttributeError:
        pass
    return found + _slot_values(obj)


def deep_sizeof(obj):
    total = 0
    seen = {}
    todo = deque([obj])
    while todo:
        item = todo.pop()
        if id(item) in seen:
            continue
        seen[id(item)] = item  # keep it alive so its id can't be reused
        total += sys.getsizeof(item)
        todo.extend(_referents(item))
    return total


def who_refers(obj, among):
    referrer_ids = {id(r) for r in gc.get_referrers(obj)}
    found = []
    for label in among:
        if id(among[label]) in referrer_ids:
            found.append(label)
    return found
