"""Hidden check for day08/descriptor: one line per case.

Every case builds its own classes, so values left behind by a broken descriptor cannot
leak from one case into the next.
"""
import gc
import weakref

from pygrade_check import Check, build_class as build

check = Check()
mod = check.load("descriptor.py")
if not check.need(mod, "Field"):
    check.done()
Field = mod.Field


def product_class():
    class Product:
        name = Field(str)
        price = Field((int, float), min_value=0)
        qty = Field(int, min_value=0, max_value=1000)

        def __init__(self, name, price, qty):
            self.name = name
            self.price = price
            self.qty = qty

    return Product


def product(*args):
    return build(product_class)(*args)


def outcome(thunk):
    """The value ``thunk`` returns, or the name of the exception it raises."""
    try:
        return thunk()
    except (TypeError, ValueError, AttributeError) as exc:
        return type(exc).__name__


def read_back():
    item = product("Zoë's tea", 2.5, 3)
    return item.name, item.price, item.qty


def assign(item, attr, value):
    setattr(item, attr, value)


def bounds_accepted():
    item = product("tea", 1, 5)
    item.qty = 0
    low = item.qty
    item.qty = 1000
    item.price = 0
    return low, item.qty, item.price


def rejected_keeps_old():
    item = product("tea", 1, 3)
    tries = [outcome(lambda: assign(item, "qty", value)) for value in (-5, 1001, "7", 7.0)]
    return tries, item.qty


def int_and_float_price():
    item = product("tea", 3, 1)
    first = item.price
    item.price = 2.25
    return first, item.price


def two_instances():
    Product = build(product_class)
    tea, jam = Product("tea", 1, 3), Product("jam", 4.5, 7)
    tea.qty = 10
    return (tea.name, tea.price, tea.qty), (jam.name, jam.price, jam.qty)


def many_instances():
    Product = build(product_class)
    items = [Product("item" + str(i), i, i) for i in range(500)]
    return [item.qty for item in items] == list(range(500))


def class_access():
    Product = build(product_class)
    return Product.qty is Product.__dict__["qty"]


def unset_read():
    def make():
        class Draft:
            qty = Field(int, min_value=0)

        return Draft

    return build(make)().qty


def messages_name_attribute():
    def make():
        class Shelf:
            stock = Field(int, min_value=0, max_value=50)

        return Shelf

    shelf = build(make)()
    named = []
    for bad in ("many", -1, 51):
        try:
            shelf.stock = bad
        except (TypeError, ValueError) as exc:
            named.append((type(exc).__name__, "stock" in str(exc)))
        else:
            named.append(("accepted", False))
    return named


def subclass_validates():
    def make():
        class Discounted(product_class()):
            pass

        return Discounted

    item = build(make)("tea", 1, 3)
    item.qty = -1


def negative_bound():
    def make():
        class Reading:
            kelvin_offset = Field(float, min_value=-273.15)

        return Reading

    reading = build(make)()
    reading.kelvin_offset = -273.15
    return reading.kelvin_offset, outcome(lambda: assign(reading, "kelvin_offset", -274.0))


def same_object():
    def make():
        class Post:
            tags = Field(list)

        return Post

    post = build(make)()
    tags = ["python"]
    post.tags = tags
    tags.append("descriptors")
    return post.tags is tags, post.tags


class Label(str):
    """A str subclass: isinstance(Label("x"), str) is True."""


def subclass_value():
    item = product("tea", 1, 3)
    item.name = Label("green tea")
    return type(item.name).__name__, item.name


def type_before_bounds():
    item = product("tea", 1, 3)
    return [outcome(lambda: assign(item, "qty", value)) for value in (5000.0, -1.5)]


def tuple_kind_rejects():
    item = product("tea", 1, 3)
    item.price = "free"


def max_only():
    def make():
        class Account:
            balance = Field(int, max_value=0)

        return Account

    account = build(make)()
    results = []
    for value in (-500, 0, 1):
        results.append(outcome(lambda: assign(account, "balance", value)) or account.balance)
    return results


def unset_with_defaults():
    def make():
        class Draft:
            qty = Field(int, min_value=0)

        return Draft

    draft = build(make)()
    return hasattr(draft, "qty"), getattr(draft, "qty", "no value")


def none_and_zero_values():
    def make():
        class Profile:
            nickname = Field((str, type(None)))
            score = Field(int)

        return Profile

    profile = build(make)()
    profile.nickname = None
    profile.score = 0
    return profile.nickname, profile.score, hasattr(profile, "nickname")


def no_stale_values():
    # An instance's identity may be reused once it is freed: a value kept under it
    # (say, by id) would show up on a brand-new instance.
    def make():
        class Draft:
            qty = Field(int)

        return Draft

    Draft = build(make)
    seen = []
    for i in range(50):
        old = Draft()
        old.qty = i
        del old
        seen.append(hasattr(Draft(), "qty"))
    return any(seen)


def freed():
    # Product stays referenced here: a descriptor holding the instance would keep it
    # alive through the class. (Were the class garbage too, gc would collect the lot.)
    Product = build(product_class)
    item = Product("tea", 1, 3)
    ref = weakref.ref(item)
    del item
    gc.collect()
    return ref() is None


check.case("Product(\"Zoë's tea\", 2.5, 3): (name, price, qty)", read_back)
check.raises("item.name = 42", lambda: assign(product("tea", 1, 3), "name", 42), TypeError)
check.raises("item.qty = 2.0", lambda: assign(product("tea", 1, 3), "qty", 2.0), TypeError)
check.raises("item.price = -0.5", lambda: assign(product("tea", 1, 3), "price", -0.5), ValueError)
check.raises("item.qty = 1001", lambda: assign(product("tea", 1, 3), "qty", 1001), ValueError)
check.case("qty set to 0 then 1000, price set to 0", bounds_accepted)
check.case("qty = -5, 1001, '7', 7.0 on an item with qty 3: (outcomes, qty)", rejected_keeps_old)
check.case("price = 3 then price = 2.25", int_and_float_price)
check.case("two Products, then tea.qty = 10", two_instances)
check.case("500 Products keep their own qty", many_instances)
check.case("Product.qty is the descriptor in Product.__dict__", class_access)
check.raises("reading a Field that was never assigned", unset_read, AttributeError)
check.case("bad type, too low, too high: do the messages name the attribute?", messages_name_attribute)
check.raises("a subclass of Product: item.qty = -1", subclass_validates, ValueError)
check.case("min_value=-273.15: set the bound, then -274.0", negative_bound)
check.case("assign a list, then append to it: (same object, value)", same_object)
check.case("an instance is freed once the last reference is gone", freed)
check.case("item.name = a str subclass instance: (type of item.name, value)", subclass_value)
check.case("item.qty = 5000.0, then -1.5 (wrong type and out of range): outcomes", type_before_bounds)
check.raises("item.price = 'free' (kind is a tuple)", tuple_kind_rejects, TypeError)
check.case("Field(int, max_value=0): balance = -500, 0, 1: (outcome or value read back)", max_only)
check.case("a never-assigned Field: (hasattr, getattr with a default)", unset_with_defaults)
check.case("Field((str, type(None))) set to None, Field(int) set to 0: (values read back, hasattr)",
           none_and_zero_values)
check.case("50 instances assigned and freed: does any brand-new instance see a value?", no_stale_values)
check.done()
