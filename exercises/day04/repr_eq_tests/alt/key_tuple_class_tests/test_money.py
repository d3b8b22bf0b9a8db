"""Tests in a class, one method per promise, no parametrize."""

from money import Money


class Sticky:
    def __eq__(self, other):
        return True

    __hash__ = None


class TestMoney:
    def test_repr_text(self):
        assert repr(Money(150, "EUR")) == "Money(150, 'EUR')"

    def test_repr_eval(self):
        for m in (Money(0, "CHF"), Money(-1, "zł")):
            assert eval(repr(m)) == m

    def test_eq_and_ne(self):
        assert Money(3, "EUR") == Money(3, "EUR")
        assert not (Money(3, "EUR") != Money(3, "EUR"))
        for other in (Money(3, "USD"), Money(4, "EUR")):
            assert Money(3, "EUR") != other
            assert not (Money(3, "EUR") == other)

    def test_foreign(self):
        assert Money(3, "EUR").__eq__(3) is NotImplemented
        assert (Money(3, "EUR") == 3) is False
        assert Money(3, "EUR") == Sticky()

    def test_hash(self):
        a = Money(9, "GBP")
        b = Money(9, "GBP")
        assert hash(a) == hash(b)
        assert {a: 1}[b] == 1
        assert len({a, b}) == 1
