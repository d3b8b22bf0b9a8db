"""Day 13 — Run `mypy` & fix type errors.

mypy reads your annotations and proves, without running anything, that values are
used consistently. `--strict` turns on every optional check: every function must be
annotated, generic types need their parameters (`dict[str, int]`, not `dict`), and a
value typed `Any` (such as the result of `json.loads`) may not leak out of a function
that promises something more precise.

This module works on the happy path, but mypy --strict finds problems in it, and
most of them are real bugs that break a rule of the contract below. Run

    python -m mypy --strict mypy_clean.py

and fix the code until it is clean *and* keeps the contract. Fix the causes: do not
silence mypy with `Any`, `cast`, `# type: ignore` or `# mypy:` comments (the check
rejects them), and do not change the signatures below.

Contract:
  parse_line(text: str) -> OrderLine
      "SKU x QTY" with optional spaces around the parts, e.g. "ABC-12 x 3" ->
      OrderLine("ABC-12", 3). SKU is 3 capital letters, a dash and digits; QTY is a
      whole number. Anything else raises ValueError.
  load_prices(text: str) -> dict[str, int]
      A JSON object mapping SKU -> price in cents. ValueError if the text is not a
      JSON object or a price is not an int (bool is not an int; 2.5 is not either).
  line_total(line: OrderLine, prices: Mapping[str, int]) -> int
      qty * price in cents. An unknown SKU raises KeyError.
  order_total(lines: Sequence[OrderLine], prices: Mapping[str, int]) -> int
      Sum of the line totals; with 10 or more items in all (the sum of the quantities)
      the total gets 10% off, rounded down to whole cents. Stays an int.
  format_cents(cents: int) -> str
      "12.50" for 1250, "0.05" for 5: always two decimals, no currency sign.
  quantities_by_sku(lines: Iterable[OrderLine]) -> dict[str, int]
      Total qty per SKU, in order of first appearance.
  receipt(lines: Sequence[OrderLine], prices: Mapping[str, int]) -> list[str]
      One "SKU x QTY = PRICE" row per line (PRICE via format_cents), then
      "TOTAL = PRICE" using order_total.
"""

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

LINE = re.compile(r"\s*([A-Z]{3}-[0-9]+)\s*x\s*([0-9]+)\s*")


@dataclass(frozen=True)
class OrderLine:
    sku: str
    qty: int


def parse_line(text: str) -> OrderLine:
    match = LINE.fullmatch(text)
    return OrderLine(match.group(1), int(match.group(2)))


def load_prices(text: str) -> dict[str, int]:
    return json.loads(text)


def line_total(line: OrderLine, prices: Mapping[str, int]) -> int:
    price = prices.get(line.sku)
    return line.qty * price


def order_total(lines: Sequence[OrderLine], prices: Mapping[str, int]) -> int:
    total = sum(line_total(line, prices) for line in lines)
    if sum(line.qty for line in lines) >= 10:
        total = total * 0.9
    return total


def format_cents(cents: int) -> str:
    return cents / 100


def quantities_by_sku(lines: Iterable) -> dict:
    counts = {}
    for line in lines:
        counts[line.sku] = counts.get(line.sku, 0) + line.qty
    return counts


def receipt(lines, prices):
    rows = [f"{line.sku} x {line.qty} = {format_cents(line_total(line, prices))}" for line in lines]
    rows.append(f"TOTAL = {format_cents(order_total(lines, prices))}")
    return rows
