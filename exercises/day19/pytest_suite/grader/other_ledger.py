"""A second correct ledger, written differently from the reference on purpose.

Same contract as ledger.py, other structure and other error messages: tests that pin
the contract pass on it; tests that pin the reference's wording or internals do not.
"""

import os
from dataclasses import dataclass


class LedgerError(ValueError):
    pass


@dataclass(frozen=True)
class _Movement:
    sku: str
    qty: int

    @classmethod
    def parse(cls, line):
        parts = line.split()
        if len(parts) != 2:
            raise LedgerError("bad ledger line")
        try:
            qty = int(parts[1])
        except ValueError as exc:
            raise LedgerError("bad quantity") from exc
        if not qty:
            raise LedgerError("zero quantity")
        return cls(parts[0].upper(), qty)

    def text(self):
        return "{} {}\n".format(self.sku.upper(), format(self.qty, "+d"))


def parse_line(line):
    movement = _Movement.parse(line)
    return (movement.sku, movement.qty)


def format_line(sku, qty):
    return _Movement(sku, qty).text()


def _apply(stock, movement):
    total = stock.get(movement.sku, 0) + movement.qty
    if total < 0:
        raise LedgerError("negative stock")
    stock[movement.sku] = total


def balances(lines):
    stock = {}
    for line in lines:
        stripped = line.strip()
        if stripped == "" or stripped[0] == "#":
            continue
        _apply(stock, _Movement.parse(stripped))
    return dict((sku, n) for sku, n in stock.items() if n)


class Ledger:
    def __init__(self, path):
        self.path = path

    def _text(self):
        if not os.path.exists(self.path):
            return ""
        with open(self.path, encoding="utf-8") as f:
            return f.read()

    def balances(self):
        return balances(self._text().splitlines())

    def stock(self, sku):
        return self.balances().get(sku.upper(), 0)

    def record(self, sku, qty):
        movement = _Movement.parse(format_line(sku, qty))
        text = self._text()
        _apply(balances(text.splitlines()), movement)  # raises before anything is written
        with open(self.path, "w", encoding="utf-8") as f:
            f.write(text + movement.text())
