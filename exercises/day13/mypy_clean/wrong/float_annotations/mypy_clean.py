"""Known-wrong: changes the annotations to float instead of fixing the arithmetic."""

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
    if match is None:  # narrowing Optional[Match] is the fix mypy asked for
        raise ValueError(f"not an order line: {text!r}")
    return OrderLine(match.group(1), int(match.group(2)))


def load_prices(text: str) -> dict[str, int]:
    data: object = json.loads(text)  # JSON is untrusted: validate, then it is typed
    if not isinstance(data, dict):
        raise ValueError("prices must be a JSON object")
    prices: dict[str, int] = {}
    for sku, price in data.items():
        if not isinstance(sku, str) or type(price) is not int:
            raise ValueError(f"bad price for {sku!r}: {price!r}")
        prices[sku] = price
    return prices


def line_total(line: OrderLine, prices: Mapping[str, int]) -> int:
    return line.qty * prices[line.sku]  # KeyError for an unknown SKU


def order_total(lines: Sequence[OrderLine], prices: Mapping[str, int]) -> float:
    total: float = sum(line_total(line, prices) for line in lines)
    if sum(line.qty for line in lines) >= 10:
        total = total * 0.9
    return total


def format_cents(cents: float) -> str:
    return str(cents / 100)


def quantities_by_sku(lines: Iterable[OrderLine]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for line in lines:
        counts[line.sku] = counts.get(line.sku, 0) + line.qty
    return counts


def receipt(lines: Sequence[OrderLine], prices: Mapping[str, int]) -> list[str]:
    rows = [f"{line.sku} x {line.qty} = {format_cents(line_total(line, prices))}" for line in lines]
    rows.append(f"TOTAL = {format_cents(order_total(lines, prices))}")
    return rows
