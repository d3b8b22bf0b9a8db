"""Day 19 — pytest unit + integration tests.

Unit tests check one function on its own, with plain values and no files. Integration
tests check the parts working together for real: here a Ledger writing a file and
another Ledger reading it back. pytest gives you the tools:

  * fixtures: `@pytest.fixture def ledger(tmp_path): ...` builds what a test needs;
    a test asks for it by naming it as a parameter, and fixtures can use fixtures;
  * `tmp_path`: a built-in fixture, a fresh empty folder (a pathlib.Path) per test, so
    tests never share or leave files behind;
  * `@pytest.mark.parametrize("line, expected", [(...), (...)])`: one test function,
    many cases, each reported on its own;
  * `with pytest.raises(LedgerError): ...` for the errors the contract promises.

The module under test is ledger.py next to this file: read its contract there.
    from ledger import Ledger, LedgerError, balances, format_line, parse_line

How this file is graded: it is copied next to the grader's own ledger.py in an empty
folder and run with `python -m pytest`. Your tests must
  * pass there, and on another correct ledger written differently (assert what the
    contract promises: error types, results, file contents; not message wording);
  * use tmp_path, @pytest.mark.parametrize, and at least one fixture of your own, in
    tests that run;
  * fail on each of 17 planted bugs ("mutants") in the ledger: the grader names
    the broken behaviour of every mutant your tests let survive.
Run them yourself from your day19 folder: python -m pytest -q test_ledger.py
"""

import pytest

from ledger import Ledger, LedgerError, balances, format_line, parse_line


def test_replace_me():
    # Your code here: replace this placeholder with real tests.
    raise NotImplementedError("write your tests")
