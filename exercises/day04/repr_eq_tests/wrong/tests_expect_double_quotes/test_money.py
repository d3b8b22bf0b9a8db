"""Known-wrong: the tests expect the repr with double quotes, which a correct Money does not produce."""

import pytest

from money import Money


class Anything:
    """Equal to everything: shows whether Money lets the other side answer."""

    def __eq__(self, other):
        return True


def test_repr_shows_constructor_call():
    assert repr(Money(150, "EUR")) == 'Money(150, "EUR")'


@pytest.mark.parametrize("money", [Money(0, "CHF"), Money(-5, "JPY"), Money(10**20, "USD")])
def test_repr_round_trips_through_eval(money):
    assert eval(repr(money)) == money


def test_equal_values_are_equal():
    assert Money(150, "EUR") == Money(150, "EUR")
    assert not Money(150, "EUR") != Money(150, "EUR")


@pytest.mark.parametrize("other", [Money(150, "USD"), Money(151, "EUR")])
def test_different_currency_or_amount_is_unequal(other):
    assert Money(150, "EUR") != other
    assert not Money(150, "EUR") == other


def test_other_types_are_never_equal():
    assert Money(1, "EUR") != 1
    assert Money(1, "EUR") != (1, "EUR")


def test_eq_returns_notimplemented_for_other_types():
    assert Money(1, "EUR").__eq__("1 EUR") is NotImplemented
    assert Money(1, "EUR") == Anything()


def test_equal_values_hash_equal():
    a, b = Money(150, "EUR"), Money(150, "EUR")
    assert hash(a) == hash(b)
    assert len({a, b, Money(150, "USD")}) == 2
    assert {a: "price"}[b] == "price"
