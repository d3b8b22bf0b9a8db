"""Day 4 — another correct Money: a key tuple shared by __eq__ and __hash__, %-formatting."""


class Money:
    __slots__ = ("cents", "currency")

    def __init__(self, cents, currency):
        self.cents = cents
        self.currency = currency

    def _key(self):
        return self.cents, self.currency

    def __repr__(self):
        return "Money(%r, %r)" % self._key()

    def __eq__(self, other):
        if isinstance(other, Money):
            return self._key() == other._key()
        return NotImplemented

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def __hash__(self):
        return hash(self._key())
