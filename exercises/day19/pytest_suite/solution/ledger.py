"""Day 19 — the module under test (given: you do not need to change it).

A tiny stock ledger kept in a text file. Each line of a ledger file is one stock
movement: a SKU and a signed quantity, such as "WIDGET +3" or "GADGET -2". Blank lines
and lines whose first non-space character is "#" are ignored.

    parse_line(line) -> (sku, qty)
        Exactly two whitespace-separated fields. The SKU comes back upper-cased
        ("widget 3" -> ("WIDGET", 3)); qty is a whole number other than 0 ("+3", "3"
        and "-2" are all fine). Anything else raises LedgerError.
    format_line(sku, qty) -> str
        The line for one movement: SKU upper-cased, sign always shown, newline at the
        end: format_line("widget", 3) -> "WIDGET +3\\n".
    balances(lines) -> dict[str, int]
        Applies the movements of an iterable of lines (a list, an open file) in order and
        returns {sku: stock} for every SKU whose stock is not 0. Raises LedgerError for a
        malformed line and for a movement that would take a stock below 0 (even if later
        lines would bring it back).
    Ledger(path)
        A ledger file on disk (it need not exist yet):
        .record(sku, qty)  appends format_line(sku, qty) to the file, creating it if
                           needed. A movement parse_line would reject, or one that would
                           take the stock below 0, raises LedgerError and leaves the file
                           exactly as it was.
        .stock(sku) -> int the SKU's stock, read from the file (any case: "widget" finds
                           WIDGET); 0 for an unknown SKU or when the file does not exist.
        .balances() -> dict  balances() of the file's lines; {} when it does not exist.

LedgerError is a ValueError. Its messages are for people: they are not part of the
contract and may change.
"""

from pathlib import Path


class LedgerError(ValueError):
    """A malformed ledger line, or a movement the ledger refuses."""


def parse_line(line):
    fields = line.split()
    if len(fields) != 2:
        raise LedgerError(f"expected 'SKU QTY', got {line.strip()!r}")
    sku, text = fields
    try:
        qty = int(text)
    except ValueError:
        raise LedgerError(f"quantity {text!r} is not a whole number") from None
    if qty == 0:
        raise LedgerError("a movement of 0 means nothing")
    return sku.upper(), qty


def format_line(sku, qty):
    return f"{sku.upper()} {qty:+d}\n"


def _is_movement(line):
    text = line.strip()
    return bool(text) and not text.startswith("#")


def balances(lines):
    stock = {}
    for number, line in enumerate(lines, start=1):
        if not _is_movement(line):
            continue
        sku, qty = parse_line(line)
        new = stock.get(sku, 0) + qty
        if new < 0:
            raise LedgerError(f"line {number}: stock of {sku} would go below 0 ({new})")
        stock[sku] = new
    return {sku: n for sku, n in stock.items() if n != 0}


class Ledger:
    def __init__(self, path):
        self.path = Path(path)

    def _lines(self):
        try:
            with self.path.open(encoding="utf-8") as f:
                return f.readlines()
        except FileNotFoundError:
            return []

    def balances(self):
        return balances(self._lines())

    def stock(self, sku):
        return self.balances().get(sku.upper(), 0)

    def record(self, sku, qty):
        line = format_line(sku, qty)
        sku, qty = parse_line(line)  # the same rules as reading it back later
        current = balances(self._lines()).get(sku, 0)
        if current + qty < 0:
            raise LedgerError(f"stock of {sku} is {current}: cannot take {-qty}")
        with self.path.open("a", encoding="utf-8") as f:
            f.write(line)
