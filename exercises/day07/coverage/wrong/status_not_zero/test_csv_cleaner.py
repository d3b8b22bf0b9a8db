"""Known-wrong: checks only that a missing INPUT fails somehow (status != 0), not that it returns 1."""

import sys

import pytest

from csv_cleaner import clean_rows, main, normalize_header


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Name", "name"),
        ("  First Name  ", "first_name"),
        ("E-mail Address", "e_mail_address"),
        ("Unit Price ($)", "unit_price"),
        ("Order   ID", "order_id"),
        ("user__id", "user_id"),
        ("Prénom", "prénom"),
        ("数量", "数量"),
        ("Q1 2024", "q1_2024"),
    ],
)
def test_normalize_header(name, expected):
    assert normalize_header(name) == expected


def test_cells_are_trimmed_and_header_normalised():
    rows = [[" First Name ", "Age"], ["  Ada ", " 36"]]
    assert clean_rows(rows) == [["first_name", "age"], ["Ada", "36"]]


def test_empty_and_blank_rows_are_dropped_everywhere():
    rows = [[], ["  ", ""], ["a", "b"], ["", ""], ["1", "2"], [" ", "   "], []]
    assert clean_rows(rows) == [["a", "b"], ["1", "2"]]


def test_duplicates_after_trimming_keep_the_first_copy_in_place():
    rows = [["k", "v"], ["x", "1"], ["y", "2"], [" x ", "1 "], ["X", "1"], ["y", "2"]]
    assert clean_rows(rows) == [["k", "v"], ["x", "1"], ["y", "2"], ["X", "1"]]


def test_empty_input_gives_no_rows():
    assert clean_rows([]) == []
    assert clean_rows(iter([["", " "]])) == []


def test_input_rows_are_not_modified():
    rows = [[" a "], [" b "]]
    clean_rows(rows)
    assert rows == [[" a "], [" b "]]


CLEANED = 'full_name,city\n"Lovelace, Ada",London\n"Hopper, Grace",Arlington\n'


@pytest.fixture
def messy(tmp_path):
    path = tmp_path / "in.csv"
    path.write_text(' Full Name ,City\n"Lovelace, Ada ", London\n\n"Lovelace, Ada",London\n"Hopper, Grace",Arlington\n', encoding="utf-8")
    return path


def test_main_writes_to_stdout(messy, capsys):
    assert main([str(messy)]) == 0
    out, err = capsys.readouterr()
    assert out == CLEANED
    assert err == ""


def test_main_writes_to_output_file(messy, tmp_path, capsys):
    target = tmp_path / "out.csv"
    assert main([str(messy), "-o", str(target)]) == 0
    assert capsys.readouterr().out == ""
    assert target.read_text(encoding="utf-8") == CLEANED


def test_empty_file_still_creates_output(tmp_path):
    source, target = tmp_path / "empty.csv", tmp_path / "out.csv"
    source.write_text("", encoding="utf-8")
    assert main([str(source), "-o", str(target)]) == 0
    assert target.read_text(encoding="utf-8") == ""


def test_missing_input_is_an_error(tmp_path, capsys):
    target = tmp_path / "out.csv"
    assert main([str(tmp_path / "nope.csv"), "-o", str(target)]) != 0
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("error:") and "nope.csv" in err
    assert not target.exists()


def test_input_that_is_not_utf8_is_an_error(tmp_path, capsys):
    source = tmp_path / "latin1.csv"
    source.write_bytes("Café\n".encode("latin-1"))
    assert main([str(source)]) != 0
    assert capsys.readouterr().err.startswith("error:")


def test_unwritable_output_is_an_error(messy, tmp_path, capsys):
    assert main([str(messy), "-o", str(tmp_path / "no_dir" / "out.csv")]) == 1
    assert "error:" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [[], ["in.csv", "--unknown"], ["in.csv", "-o"]])
def test_bad_usage_exits_with_status_2(argv, capsys):
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2
    assert "usage:" in capsys.readouterr().err


def test_argv_defaults_to_sys_argv(messy, monkeypatch, capsys):
    monkeypatch.setattr(sys, "argv", ["csv_cleaner.py", str(messy)])
    assert main() == 0
    assert capsys.readouterr().out.startswith("full_name,city\n")
