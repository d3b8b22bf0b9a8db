"""Hidden check for day13/mypy_clean: behaviour first, then the typing verdict.

Behaviour cases stop "fixes" that make mypy quiet by deleting or weakening code; the
escape-hatch case stops `Any`, `cast` and `# type: ignore`; the last case runs the real,
pinned mypy --strict. Its error lines are printed after the cases so that case numbers
never shift while the learner works through them.
"""
from collections.abc import Iterable, Mapping, Sequence
from typing import get_args, get_origin, get_type_hints

from pygrade_check import Check
from pygrade_typecheck import report

check = Check()
mod = check.load("mypy_clean.py")
NAMES = ("OrderLine", "parse_line", "load_prices", "line_total", "order_total",
         "format_cents", "quantities_by_sku", "receipt")
if not check.need(mod, *NAMES):
    check.done()
Line = mod.OrderLine

def plain(result):
    """A dict subclass (Counter, OrderedDict) is a dict too: show it as one."""
    return dict(result) if isinstance(result, dict) else result


PRICES = {"ABC-12": 250, "XYZ-7": 1999, "QRS-1": 199, "QRS-2": 2}

check.case("parse_line('ABC-12 x 3')", lambda: mod.parse_line("ABC-12 x 3"))
check.case("parse_line('  XYZ-7x10 ')", lambda: mod.parse_line("  XYZ-7x10 "))
check.raises("parse_line('abc-12 x 3')", lambda: mod.parse_line("abc-12 x 3"), ValueError)
check.raises("parse_line('')", lambda: mod.parse_line(""), ValueError)
check.raises("parse_line('ABC-12 x 3 boxes')", lambda: mod.parse_line("ABC-12 x 3 boxes"), ValueError)
check.raises("parse_line('ABCD-1 x 2')", lambda: mod.parse_line("ABCD-1 x 2"), ValueError)
check.raises("parse_line('AB-1 x 2')", lambda: mod.parse_line("AB-1 x 2"), ValueError)
check.raises("parse_line('ABC-1 x -2')", lambda: mod.parse_line("ABC-1 x -2"), ValueError)
check.raises("parse_line('ABC-1 x 2.5')", lambda: mod.parse_line("ABC-1 x 2.5"), ValueError)
check.case("load_prices('{\"ABC-12\": 250, \"XYZ-7\": 1999}')", lambda: mod.load_prices('{"ABC-12": 250, "XYZ-7": 1999}'))
check.case("load_prices('{}')", lambda: mod.load_prices("{}"))
check.raises("load_prices('[250]')", lambda: mod.load_prices("[250]"), ValueError)
check.raises("load_prices('{\"ABC-12\": \"250\"}')", lambda: mod.load_prices('{"ABC-12": "250"}'), ValueError)
check.raises("load_prices('{\"ABC-12\": 2.5}')", lambda: mod.load_prices('{"ABC-12": 2.5}'), ValueError)
check.raises("load_prices('{\"ABC-12\": true}')", lambda: mod.load_prices('{"ABC-12": true}'), ValueError)
check.raises("load_prices('{\"ABC-12\": 250.0}')", lambda: mod.load_prices('{"ABC-12": 250.0}'), ValueError)
check.raises("load_prices('{\"ABC-12\": 250, \"XYZ-7\": null}')", lambda: mod.load_prices('{"ABC-12": 250, "XYZ-7": null}'), ValueError)
check.raises("load_prices('prices: none')", lambda: mod.load_prices("prices: none"), ValueError)
check.case("line_total(ABC-12 x 3)", lambda: mod.line_total(Line("ABC-12", 3), PRICES))
check.raises("line_total(NOP-1 x 1)", lambda: mod.line_total(Line("NOP-1", 1), PRICES), KeyError)
check.case("order_total of 9 items", lambda: mod.order_total([Line("ABC-12", 4), Line("XYZ-7", 5)], PRICES))
check.case("order_total of 10 items", lambda: mod.order_total([Line("QRS-1", 5), Line("QRS-2", 5)], PRICES))
check.case("order_total of 10 items, another mix", lambda: mod.order_total([Line("QRS-1", 3), Line("QRS-2", 7)], PRICES))
check.case("order_total([])", lambda: mod.order_total([], PRICES))
check.case("format_cents of 1250, 5, 0, 100000", lambda: [mod.format_cents(c) for c in (1250, 5, 0, 100000)])
check.case(
    "quantities_by_sku(a generator of XYZ-7 x 1, ABC-12 x 5, XYZ-7 x 2)",
    lambda: plain(mod.quantities_by_sku(line for line in [Line("XYZ-7", 1), Line("ABC-12", 5), Line("XYZ-7", 2)])),
)
check.case("receipt for ABC-12 x 2, QRS-2 x 8", lambda: mod.receipt([Line("ABC-12", 2), Line("QRS-2", 8)], PRICES))


def shape(hint):
    """An annotation as (origin, args), so typing.Dict[str, int] == dict[str, int]."""
    origin = get_origin(hint)
    if origin is None:
        return hint
    return origin, tuple(shape(arg) for arg in get_args(hint))


SIGNATURES = {
    "parse_line": {"text": str, "return": Line},
    "load_prices": {"text": str, "return": dict[str, int]},
    "line_total": {"line": Line, "prices": Mapping[str, int], "return": int},
    "order_total": {"lines": Sequence[Line], "prices": Mapping[str, int], "return": int},
    "format_cents": {"cents": int, "return": str},
    "quantities_by_sku": {"lines": Iterable[Line], "return": dict[str, int]},
    "receipt": {"lines": Sequence[Line], "prices": Mapping[str, int], "return": list[str]},
}


def signatures():
    changed = []
    for name, want in SIGNATURES.items():
        try:
            got = get_type_hints(getattr(mod, name))
        except Exception:
            changed.append(name)
            continue
        if {k: shape(v) for k, v in got.items()} != {k: shape(v) for k, v in want.items()}:
            changed.append(name)
    return "all as given" if not changed else "changed: " + ", ".join(changed)


check.case("the signatures of the 7 functions", signatures, render=str)
report(check, "mypy_clean.py")
check.done()
