"""Known-wrong: silences mypy with `# type: ignore` instead of validating the JSON."""

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
    return json.loads(text)  # type: ignore[no-any-return]


def line_total(line: OrderLine, prices: Mapping[str, int]) -> int:
    return line.qty * prices[line.sku]  # KeyError for an unknown SKU


def order_total(lines: Sequence[OrderLine], prices: Mapping[str, int]) -> int:
    total = sum(line_total(line, prices) for line in lines)
    if sum(line.qty for line in lines) >= 10:
        total = total * 9 // 10  # 10% off, rounded down, still an int
    return total


def format_cents(cents: int) -> str:
    units, hundredths = divmod(cents, 100)
    return f"{units}.{hundredths:02d}"


def quantities_by_sku(lines: Iterable[OrderLine]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for line in lines:
        counts[line.sku] = counts.get(line.sku, 0) + line.qty
    return counts


def receipt(lines: Sequence[OrderLine], prices: Mapping[str, int]) -> list[str]:
    rows = [f"{line.sku} x {line.qty} = {format_cents(line_total(line, prices))}" for line in lines]
    rows.append(f"TOTAL = {format_cents(order_total(lines, prices))}")
    return rows
