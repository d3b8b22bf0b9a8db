"""Day 4 — reference solution for `Money`: repr, equality and hashing."""


class Money:
    """An amount of money in cents of a currency; treat instances as immutable."""

    def __init__(self, cents, currency):
        self.cents = cents
        self.currency = currency

    def __repr__(self):
        # !r quotes the currency, so eval(repr(m)) rebuilds an equal Money.
        return f"{type(self).__name__}({self.cents!r}, {self.currency!r})"

    def __eq__(self, other):
        if not isinstance(other, Money):
            # Not "False": lets Python try other.__eq__(self) before giving up.
            return NotImplemented
        return (self.cents, self.currency) == (other.cents, other.currency)

    def __hash__(self):
        # Equal objects must hash equal: hash exactly the fields __eq__ compares.
        return hash((self.cents, self.currency))
