"""Mutant: a hand-written != compares only the cents."""


class Money:
    """An amount of money in cents of a currency; treat instances as immutable."""

    def __init__(self, cents, currency):
        self.cents = cents
        self.currency = currency

    def __repr__(self):
        return f"{type(self).__name__}({self.cents!r}, {self.currency!r})"

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return (self.cents, self.currency) == (other.cents, other.currency)

    def __ne__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents != other.cents

    def __hash__(self):
        return hash((self.cents, self.currency))
