"""Day 13 — alternative: parsing with str methods, Counter, and integer arithmetic by hand."""

import json
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

CAPITALS = set("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
DIGITS = set("0123456789")


@dataclass(frozen=True)
class OrderLine:
    sku: str
    qty: int


def _digits(text: str) -> bool:
    return text != "" and set(text) <= DIGITS


def parse_line(text: str) -> OrderLine:
    sku, separator, qty = text.partition("x")
    sku, qty = sku.strip(), qty.strip()
    letters, dash, number = sku.partition("-")
    if not (separator and dash and len(letters) == 3 and set(letters) <= CAPITALS
            and _digits(number) and _digits(qty)):
        raise ValueError("expected 'SKU x QTY', got " + repr(text))
    return OrderLine(sku, int(qty))


def load_prices(text: str) -> dict[str, int]:
    data: object = json.loads(text)
    if not isinstance(data, dict):
        raise ValueError("not a JSON object")
    result: dict[str, int] = {}
    for key, value in data.items():
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError("price of " + str(key) + " is not an int")
        result[str(key)] = value
    return result


def line_total(line: OrderLine, prices: Mapping[str, int]) -> int:
    if line.sku not in prices:
        raise KeyError(line.sku)
    return prices[line.sku] * line.qty


def order_total(lines: Sequence[OrderLine], prices: Mapping[str, int]) -> int:
    total = 0
    items = 0
    for line in lines:
        total += line_total(line, prices)
        items += line.qty
    if items >= 10:
        total -= -(-total // 10)  # take off a tenth, rounded up: the customer's rounding
    return total


def format_cents(cents: int) -> str:
    return "%d.%02d" % (cents // 100, cents % 100)


def quantities_by_sku(lines: Iterable[OrderLine]) -> dict[str, int]:
    counts: Counter[str] = Counter()
    for line in lines:
        counts[line.sku] += line.qty
    return counts


def receipt(lines: Sequence[OrderLine], prices: Mapping[str, int]) -> list[str]:
    rows = []
    for line in lines:
        rows.append("%s x %d = %s" % (line.sku, line.qty, format_cents(line_total(line, prices))))
    rows.append("TOTAL = " + format_cents(order_total(lines, prices)))
    return rows
