"""Mutant: repr names the fields, Money(cents=150, currency='EUR'): eval-able but not the contract's text."""


class Money:
    """An amount of money in cents of a currency; treat instances as immutable."""

    def __init__(self, cents, currency):
        self.cents = cents
        self.currency = currency

    def __repr__(self):
        return f"{type(self).__name__}(cents={self.cents!r}, currency={self.currency!r})"

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return (self.cents, self.currency) == (other.cents, other.currency)

    def __hash__(self):
        return hash((self.cents, self.currency))
