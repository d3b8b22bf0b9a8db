"""Known-wrong: tests clean_rows and normalize_header well but never runs main()."""

import pytest

from csv_cleaner import clean_rows, normalize_header


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
