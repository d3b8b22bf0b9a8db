"""Day 4 — pytest tests for Money (money.py).

pytest collects functions named `test_*` in files named `test_*.py` and runs each one;
a plain `assert` is all you need, and on failure pytest shows the values involved.
`@pytest.mark.parametrize("name", [v1, v2])` runs one test once per value. Run them
from this folder with:  python -m pytest -q test_money.py

How they are graded: the check runs this file against a correct Money and then against
several broken versions of it (each breaks one promise of the contract in money.py).
Your tests must pass on the correct one and fail on every broken one. So write at least
one test per promise: the exact repr and the eval round trip; equal and unequal values
(both currency and cents, both `==` and `!=`); what `__eq__` returns for a non-Money
(call it directly); and hashing of equal values.
"""

from money import Money


def test_equal_values_are_equal():
    assert Money(150, "EUR") == Money(150, "EUR")


# Your tests here.
