"""Day 19 — reference solution: unit tests for the pure functions, integration tests
for Ledger on real files in tmp_path."""

import pytest

from ledger import Ledger, LedgerError, balances, format_line, parse_line


# -- unit tests: pure functions, no files -------------------------------------------------
@pytest.mark.parametrize(
    "line, expected",
    [
        ("WIDGET +3", ("WIDGET", 3)),
        ("widget 3", ("WIDGET", 3)),
        ("  Gadget   -2 \n", ("GADGET", -2)),
    ],
)
def test_parse_line(line, expected):
    assert parse_line(line) == expected


@pytest.mark.parametrize("line", ["", "WIDGET", "WIDGET 3 extra", "WIDGET three", "WIDGET 1.5", "WIDGET 0", "WIDGET +0"])
def test_parse_line_rejects(line):
    with pytest.raises(LedgerError):
        parse_line(line)


@pytest.mark.parametrize(
    "sku, qty, expected",
    [("widget", 3, "WIDGET +3\n"), ("GADGET", -2, "GADGET -2\n")],
)
def test_format_line(sku, qty, expected):
    assert format_line(sku, qty) == expected


def test_ledger_error_is_a_value_error():
    assert issubclass(LedgerError, ValueError)


def test_balances_applies_movements_in_order():
    lines = ["WIDGET +5\n", "gadget +1\n", "widget -2\n"]
    assert balances(lines) == {"WIDGET": 3, "GADGET": 1}


def test_balances_skips_blank_and_comment_lines():
    lines = ["# stock count, Monday\n", "\n", "WIDGET +1\n", "   \n", "  # WIDGET -1\n"]
    assert balances(lines) == {"WIDGET": 1}


def test_balances_drops_skus_back_at_zero():
    assert balances(["WIDGET +2", "GADGET +1", "WIDGET -2"]) == {"GADGET": 1}


def test_balances_refuses_negative_stock():
    with pytest.raises(LedgerError):
        balances(["WIDGET +1", "WIDGET -2", "WIDGET +5"])


def test_balances_of_nothing():
    assert balances([]) == {}


# -- integration tests: a Ledger on a real file --------------------------------------------
@pytest.fixture
def path(tmp_path):
    return tmp_path / "stock.ledger"


@pytest.fixture
def ledger(path):
    book = Ledger(path)
    book.record("widget", 5)
    book.record("gadget", 2)
    return book


def test_missing_file_reads_as_empty(path):
    book = Ledger(path)
    assert book.stock("WIDGET") == 0
    assert book.balances() == {}
    assert not path.exists()


def test_record_appends_lines_to_the_file(ledger, path):
    ledger.record("widget", -1)
    assert path.read_text(encoding="utf-8") == "WIDGET +5\nGADGET +2\nWIDGET -1\n"


def test_stock_is_read_back_by_a_new_ledger(ledger, path):
    again = Ledger(path)
    assert again.stock("WIDGET") == 5
    assert again.stock("widget") == 5
    assert again.stock("sprocket") == 0
    assert again.balances() == {"WIDGET": 5, "GADGET": 2}


def test_ledger_reads_a_hand_written_file(path):
    path.write_text("# opening stock\nbolt +10\n\nBOLT -4\n", encoding="utf-8")
    assert Ledger(path).stock("Bolt") == 6


@pytest.mark.parametrize("sku, qty", [("widget", -6), ("sprocket", -1), ("widget", 0), ("big widget", 1)])
def test_refused_movement_leaves_the_file_alone(ledger, path, sku, qty):
    before = path.read_text(encoding="utf-8")
    with pytest.raises(LedgerError):
        ledger.record(sku, qty)
    assert path.read_text(encoding="utf-8") == before
    assert ledger.stock("widget") == 5
