"""Day 4 — Override `__repr__`, `__eq__`, add pytest tests.

`repr(obj)` is for programmers: by convention it looks like the expression that would
rebuild the object, so `eval(repr(obj)) == obj`. Format each field with `!r`
(`f"{value!r}"`), which quotes strings.

`a == b` first calls `a.__eq__(b)`. Returning the special value `NotImplemented` (not
`False`) for a type you do not understand lets Python ask `b.__eq__(a)` instead, and
only then falls back to identity; `!=` is derived from `__eq__` automatically. Defining
`__eq__` sets `__hash__` to None (unhashable) unless you define it too, and the rule is:
equal objects must have equal hashes, so hash exactly the fields `__eq__` compares.

This exercise has two files: this class, and `test_money.py`, your pytest tests for it.

Contract of `Money(cents, currency)` (an int amount in cents and a currency code string):
  * `cents` and `currency` are attributes of the same names.
  * `repr(Money(150, "EUR"))` is exactly `Money(150, 'EUR')`: each field's repr, so
    `eval(repr(m)) == m` with Money in scope.
  * Two Money objects are equal when both cents and currency are equal (`!=` is the
    opposite). For any object that is not a Money, `__eq__` returns `NotImplemented`,
    so `Money(1, "EUR") == 1` is False, never an error, and an object that claims
    equality with everything still gets its say.
  * Equal Money objects hash equal: they work as set members and dict keys.
"""


class Money:
    def __init__(self, cents, currency):
        # Your code here: store the fields, then write __repr__, __eq__ and __hash__.
        raise NotImplementedError("Money")
