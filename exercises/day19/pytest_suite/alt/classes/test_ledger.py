"""Day 19 — another correct suite: tests grouped in classes, a yield fixture that moves
into tmp_path with monkeypatch, pytest.param ids, and parametrize on a whole class."""

import pytest

import ledger as lg


@pytest.fixture
def in_tmp(tmp_path, monkeypatch):
    """Run the test inside its own empty folder, so relative paths land there."""
    monkeypatch.chdir(tmp_path)
    yield tmp_path


@pytest.fixture
def stocked(in_tmp):
    book = lg.Ledger("shop.ledger")
    for sku, qty in [("bolt", 10), ("nut", 4), ("BOLT", -3)]:
        book.record(sku, qty)
    yield book


GOOD = [
    pytest.param("bolt +1", ("BOLT", 1), id="lower-case sku"),
    pytest.param("\tNut\t-7\n", ("NUT", -7), id="tabs and newline"),
    pytest.param("X 12", ("X", 12), id="no sign"),
]
BAD = [
    pytest.param("   ", id="blank"),
    pytest.param("bolt", id="one field"),
    pytest.param("bolt 1 2", id="three fields"),
    pytest.param("bolt x", id="not a number"),
    pytest.param("bolt 2.5", id="decimal"),
    pytest.param("bolt -0", id="zero"),
]


class TestParseAndFormat:
    @pytest.mark.parametrize("text, expected", GOOD)
    def test_good_lines(self, text, expected):
        assert parse(text) == expected

    @pytest.mark.parametrize("text", BAD)
    def test_bad_lines(self, text):
        with pytest.raises(ValueError) as info:
            parse(text)
        assert isinstance(info.value, lg.LedgerError)

    def test_format_round_trips(self):
        for sku, qty in [("bolt", 1), ("Nut", -7)]:
            text = lg.format_line(sku, qty)
            assert text.endswith("\n")
            assert parse(text) == (sku.upper(), qty)
        assert lg.format_line("bolt", 1) == "BOLT +1\n"


def parse(text):
    return lg.parse_line(text)


class TestBalances:
    def test_running_totals(self):
        assert lg.balances(iter(["a +1", "b +2", "A +3", "b -1"])) == {"A": 4, "B": 1}

    def test_ignored_lines(self):
        assert lg.balances(["#a +1", "", "   # b -5", "c +1"]) == {"C": 1}

    def test_zero_disappears(self):
        assert lg.balances(["a +1", "a -1"]) == {}

    @pytest.mark.parametrize("lines", [["a +1", "a -1", "a -1"], ["a +1", "a -2", "a +3"]])
    def test_cannot_go_negative(self, lines):
        with pytest.raises(lg.LedgerError):
            lg.balances(lines)


class TestLedgerOnDisk:
    def test_file_text(self, stocked, in_tmp):
        assert (in_tmp / "shop.ledger").read_text(encoding="utf-8") == "BOLT +10\nNUT +4\nBOLT -3\n"

    def test_fresh_reader(self, stocked):
        other = lg.Ledger("shop.ledger")
        assert other.balances() == {"BOLT": 7, "NUT": 4}
        assert (other.stock("bolt"), other.stock("Nut"), other.stock("washer")) == (7, 4, 0)

    def test_no_file_yet(self, in_tmp):
        fresh = lg.Ledger(in_tmp / "never.ledger")
        assert (fresh.balances(), fresh.stock("bolt")) == ({}, 0)


@pytest.mark.parametrize("sku, qty", [("bolt", -8), ("washer", -1), ("nut", 0), ("two words", 3)])
class TestRefused:
    def test_raises_and_keeps_the_file(self, stocked, in_tmp, sku, qty):
        before = (in_tmp / "shop.ledger").read_bytes()
        with pytest.raises(lg.LedgerError):
            stocked.record(sku, qty)
        assert (in_tmp / "shop.ledger").read_bytes() == before
        assert lg.Ledger("shop.ledger").stock("bolt") == 7
