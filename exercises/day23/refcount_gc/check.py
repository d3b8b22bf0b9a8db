"""Hidden check for day23/refcount_gc: one line per case.

Reference counts are never printed as absolute numbers (they differ per version):
refcount_delta is compared with the check's own before/after measurement of an
identical fresh scenario, and gc.collect() counts (which differ between 3.10 and
3.11+) are compared with the check's own probe of the same factory, in this
interpreter, and never printed. The automatic collector is off whenever a case depends on it.
"""
import gc
import sys
import weakref

from pygrade_check import Check, show

check = Check()
mod = check.load("refcount_gc.py")
if not check.need(mod, "refcount_delta", "how_freed", "Node"):
    check.done()


class Box:
    """A plain object that supports weak references and attributes."""


class Finalized:
    def __del__(self):
        pass


def is_int(value):
    return isinstance(value, int) and not isinstance(value, bool)


# -- refcount_delta ------------------------------------------------------------------
def reference_delta(obj, action):
    before = sys.getrefcount(obj)
    action(obj)
    return sys.getrefcount(obj) - before


def store_three():
    keep = []

    def action(o):
        keep.append(o)
        keep.extend([o, o])

    return Box(), action


def drop_two():
    obj = Box()
    keep = [obj, obj, obj, 7]

    def action(o):
        del keep[:2]

    return obj, action


def key_and_value():
    table = {}

    def action(o):
        table[o] = o

    return Box(), action


def temporary_use():
    def action(o):
        return len([o, o, o, (o, o)])

    return Box(), action


def store_and_return():
    keep = []

    def action(o):
        keep.append(o)
        return o

    return [], action


def return_pair():
    def action(o):
        return (o, o)

    return Box(), action


def attribute_swap():
    holder = Box()

    def action(o):
        holder.a = o
        holder.b = o
        holder.c = o
        del holder.a

    return Box(), action


def self_append():
    def action(o):
        o.append(o)

    return [], action


def delta_case(label, scenario):
    def run():
        obj, action = scenario()
        got = mod.refcount_delta(obj, action)
        obj2, action2 = scenario()
        want = reference_delta(obj2, action2)
        if not is_int(got):
            return "returned " + show(got) + ", expected an int"
        return str(got) + ("" if got == want else "  [the check measured " + str(want) + "]")

    check.case(label, run, render=str)


delta_case("refcount_delta(new object, action stores it three times in a list)", store_three)
delta_case("refcount_delta(object held 3 times by a list, action deletes two of them)", drop_two)
delta_case("refcount_delta(new object, action stores it as a dict key and value)", key_and_value)
delta_case("refcount_delta(new object, action builds and returns len of a temporary list)", temporary_use)
delta_case("refcount_delta(new list, action stores it once and returns it)", store_and_return)
delta_case("refcount_delta(new object, action stores nothing, returns a tuple of it twice)", return_pair)
delta_case("refcount_delta(new object, action sets 3 attributes to it, deletes 1)", attribute_swap)
delta_case("refcount_delta(new list, action appends the list to itself)", self_append)

# -- how_freed -----------------------------------------------------------------------
KEEP = []


def reference_probe(factory):
    was = gc.isenabled()
    gc.disable()
    try:
        gc.collect()
        obj = factory()
        ref = weakref.ref(obj)
        del obj
        if ref() is None:
            return "refcount", gc.collect()
        found = gc.collect()
        return ("gc" if ref() is None else "alive"), found
    finally:
        if was:
            gc.enable()


def plain():
    return Box()


def holds_children():
    box = Box()
    box.items = [Box(), Box(), {"k": Box()}]
    return box


def self_loop():
    box = Box()
    box.me = box
    return box


def pair():
    a, b = Box(), Box()
    a.other, b.other = b, a
    return a


def in_own_list():
    box = Box()
    box.items = ["x", box]
    return box


def ring_of_four():
    boxes = [Box() for _ in range(4)]
    for i, box in enumerate(boxes):
        box.next = boxes[(i + 1) % 4]
    return boxes[0]


def kept_elsewhere():
    box = Box()
    KEEP.append(box)
    return box


def kept_cycle():
    a = pair()
    KEEP.append(a.other)
    return a


def finalized_cycle():
    f = Finalized()
    f.me = [f]
    return f


def shape_error(got):
    if not (isinstance(got, tuple) and len(got) == 2):
        return "returned " + show(got) + ", expected a (verdict, found) tuple"
    if not isinstance(got[0], str) or not is_int(got[1]):
        return "returned " + show(got) + ", expected (str, int)"
    return None


def render_probe(got, want, older=None):
    """`found` is compared with the check's own probe of the same factory: 0 when that
    found nothing, else at least as many (a weakref.finalize adds one of its own), and
    with `older` objects of older garbage waiting, fewer than want + older."""
    text = "verdict " + show(got[0]) + ", found "
    found, mine = got[1], want[1]
    if mine == 0:
        return text + ("0" if found == 0 else str(found) + " (the check's gc.collect() found 0)")
    if found < mine:
        return text + str(found) + " (the check's own probe collected " + str(mine) + ")"
    if older is not None and found >= mine + older:
        return text + str(found) + ", which includes garbage from before the probe"
    return text + "the whole cycle" + ("" if older is None else ", no older garbage")


def freed_case(label, factory):
    def run():
        gc.enable()
        try:
            got = mod.how_freed(factory)
        finally:
            gc.enable()
        want = reference_probe(factory)
        KEEP.clear()
        gc.collect()
        return shape_error(got) or render_probe(got, want)

    check.case(label, run, render=str)


freed_case("how_freed(new object, no other references)", plain)
freed_case("how_freed(object holding a list of other objects and a dict)", holds_children)
freed_case("how_freed(object whose attribute is itself)", self_loop)
freed_case("how_freed(one of two objects pointing at each other)", pair)
freed_case("how_freed(object stored in a list it holds)", in_own_list)
freed_case("how_freed(one object of a ring of four)", ring_of_four)
freed_case("how_freed(object the factory also stored in a hidden list)", kept_elsewhere)
freed_case("how_freed(one of a pair of objects, the other stored in a hidden list)", kept_cycle)
freed_case("how_freed(object with __del__ in a cycle through a list)", finalized_cycle)


def collector_during_factory():
    seen = []

    def factory():
        seen.append(gc.isenabled())
        return pair()

    gc.enable()
    try:
        mod.how_freed(factory)
    finally:
        gc.enable()
        gc.collect()
    return "collector enabled while factory() ran: " + show(seen)


def state_after(enabled_before):
    def run():
        (gc.enable if enabled_before else gc.disable)()
        try:
            mod.how_freed(pair)
            return "collector enabled afterwards: " + str(gc.isenabled())
        finally:
            gc.enable()
            gc.collect()

    return run


def factory_raises():
    def factory():
        raise ValueError("factory failed")

    gc.enable()
    try:
        try:
            got = mod.how_freed(factory)
        except ValueError:
            outcome = "raises ValueError"
        else:
            outcome = "returned " + show(got) + " (expected ValueError)"
        return outcome + ", collector enabled afterwards: " + str(gc.isenabled())
    finally:
        gc.enable()


def older_garbage():
    gc.disable()
    try:
        gc.collect()
        for _ in range(3):
            ring_of_four()  # garbage made with the collector off, before the probe
        older = gc.collect()
        for _ in range(3):
            ring_of_four()
        got = mod.how_freed(pair)
        gc.disable()
        want = reference_probe(pair)
        return shape_error(got) or render_probe(got, want, older)
    finally:
        gc.enable()
        gc.collect()


check.case("how_freed(factory that records whether the collector is enabled)", collector_during_factory, render=str)
check.case("how_freed(pair) called with the collector enabled", state_after(True), render=str)
check.case("how_freed(pair) called with the collector disabled", state_after(False), render=str)
check.case("how_freed(factory that raises ValueError), collector enabled before", factory_raises, render=str)
check.case("how_freed(pair) with 12 objects of older cyclic garbage waiting", older_garbage, render=str)


# -- Node ------------------------------------------------------------------------------
class _NotAClass:
    pass


NodeType = mod.Node if isinstance(mod.Node, type) else _NotAClass
def describe(value, parent=None, itself="the parent node itself"):
    if value is None:
        return "None"
    if type(value) in weakref.ProxyTypes:
        return "a weakref.proxy, not the node itself"
    if isinstance(value, weakref.ref):
        return "a weakref.ref, not the node itself (call it)"
    if parent is not None and value is parent:
        return itself
    if isinstance(value, NodeType):
        return "a node named " + show(getattr(value, "name", None))
    return "returned " + show(value)


def child_names(node):
    kids = getattr(node, "children", None)
    if not isinstance(kids, list):
        return ".children is " + show(kids) + ", expected a list"
    names = []
    for kid in kids:
        if type(kid) in weakref.ProxyTypes:
            names.append("<weakref.proxy, " + ("alive" if _proxy_alive(kid) else "dead") + ">")
        elif isinstance(kid, weakref.ref):
            alive = kid() is not None
            names.append("<weak reference, " + ("alive" if alive else "dead") + ">")
        elif isinstance(kid, NodeType):
            names.append(show(getattr(kid, "name", None)))
        else:
            names.append(show(kid))
    return "[" + ", ".join(names) + "]"


def _proxy_alive(proxy):
    try:
        proxy.__class__
    except ReferenceError:
        return False
    return True


def unreferenced_children():
    root = mod.Node("root")
    for name in ("b", "a", "c"):
        mod.Node(name, root)  # nobody but the tree keeps these
    gc.collect()
    text = "children: " + child_names(root)
    kids = getattr(root, "children", None)
    if isinstance(kids, list) and kids and type(kids[0]) not in weakref.ProxyTypes and isinstance(kids[0], NodeType):
        text += ", first child's children: " + child_names(kids[0])
    return text


def child_parent():
    root = mod.Node("root")
    child = mod.Node("a", root)
    return "child.parent is " + describe(child.parent, root) + ", root.parent is " + describe(root.parent)


def grandchild_parent():
    root = mod.Node("root")
    grandchild = mod.Node("g", mod.Node("m", root))
    middle = grandchild.parent
    if type(middle) in weakref.ProxyTypes or not isinstance(middle, NodeType):
        return "grandchild.parent is " + describe(middle)
    return "grandchild.parent is " + describe(middle) + ", its parent is " + describe(middle.parent, root, "the root itself")


def build_tree():
    root = mod.Node("root")
    nodes = [root]
    for i in range(2):
        mid = mod.Node("m" + str(i), root)
        nodes.append(mid)
        for j in range(2):
            nodes.append(mod.Node("leaf" + str(i) + str(j), mid))
    return root, [weakref.ref(n) for n in nodes]


def tree_freed():
    gc.disable()
    try:
        try:
            root, refs = build_tree()
        except TypeError:
            return "weakref.ref(node) raises TypeError: Node objects must support weak references"
        del root
        alive = sum(r() is not None for r in refs)
        text = "nodes alive after dropping the root (collector off): " + str(alive) + " of " + str(len(refs))
        if alive:
            gc.collect()
            text += ", after gc.collect(): " + str(sum(r() is not None for r in refs))
        return text
    finally:
        gc.enable()
        gc.collect()


def orphan_parent():
    gc.disable()
    try:
        root = mod.Node("root")
        child = mod.Node("kept", root)
        mod.Node("other", root)
        del root
        return "kept child's .parent after the root was dropped: " + describe(child.parent)
    finally:
        gc.enable()
        gc.collect()


check.case("Node: root with three children nobody else holds", unreferenced_children, render=str)
check.case("Node: child.parent and root.parent", child_parent, render=str)
check.case("Node: a grandchild's parent chain", grandchild_parent, render=str)
check.case("Node: tree of 7 nodes, last reference to the root dropped", tree_freed, render=str)
check.case("Node: a child kept, its root dropped", orphan_parent, render=str)
check.done()
