"""Day 8: a descriptor that validates every assignment.

A descriptor that defines `__set__` is a *data* descriptor: it takes precedence over the
instance `__dict__`, so every `obj.attr = value` and every read of `obj.attr` goes
through it. One descriptor object lives on the class and serves every instance, so the
value must be stored per instance (for example in `instance.__dict__`), never on the
descriptor itself. `__set_name__(self, owner, name)` tells the descriptor which
attribute name it was assigned to.

Contract for `Field(kind, *, min_value=None, max_value=None)`:
- `kind` is a type or a tuple of types, as `isinstance` accepts.
- `obj.attr = value` raises TypeError unless `isinstance(value, kind)`. Only then, when
  a bound is given (None means none), it raises ValueError if `value < min_value` or
  `value > max_value` (bounds are inclusive). Every such message names the attribute,
  e.g. "qty must be at most 1000, got 1001". A rejected assignment keeps the old value.
- `obj.attr` returns the value stored for that instance (the very object assigned).
  Before the first successful assignment it raises AttributeError, so `hasattr(obj,
  "attr")` and `getattr(obj, "attr", default)` work.
- Every instance keeps its own values, and the descriptor must not keep instances
  alive once nothing else refers to them.
- Reading the attribute on the class (`Product.qty`) returns the descriptor itself.

Example:
    class Product:
        name = Field(str)
        qty = Field(int, min_value=0, max_value=1000)

        def __init__(self, name, qty):
            self.name = name        # validated by Field.__set__
            self.qty = qty

    Product("tea", 3).qty           # 3
    Product("tea", -1)              # ValueError: qty must be at least 0, got -1
"""


class Field:
    def __init__(self, kind, *, min_value=None, max_value=None):
        # Your code here
        raise NotImplementedError("Field.__init__")

    def __set_name__(self, owner, name):
        # Your code here
        raise NotImplementedError("Field.__set_name__")

    def __get__(self, instance, owner=None):
        # Your code here
        raise NotImplementedError("Field.__get__")

    def __set__(self, instance, value):
        # Your code here
        raise NotImplementedError("Field.__set__")
