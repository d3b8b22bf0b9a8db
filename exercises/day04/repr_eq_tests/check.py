"""Hidden check for day04/repr_eq_tests: one line per case.

Part 1 grades the learner's Money directly. Part 2 grades the learner's tests: it runs
test_money.py with pytest, in a fresh directory each time, against the grader's
reference Money (the tests must pass) and against mutants that each break one promise
(the tests must fail). Only the derived booleans are printed: pytest's own output
differs between versions.
"""
import os
import shutil
import subprocess
import sys
import tempfile

from pygrade_check import Check

check = Check()
mod = check.load("money.py")
if not check.need(mod, "Money"):
    check.done()
Money = mod.Money

GRADER = os.path.dirname(os.path.abspath(__file__))
LEARNER_TESTS = os.path.join(check.workdir, "test_money.py")
PYTEST_TIMEOUT = 30  # seconds per run; pytest starts in well under one


class Anything:
    """Claims equality with everything: reached only if Money returns NotImplemented."""

    def __eq__(self, other):
        return True

    __hash__ = None


def round_trip(money):
    return eval(repr(money), {"Money": Money}) == money


class Lookalike:
    """Not a Money, though it has the same attribute names."""

    def __init__(self, cents, currency):
        self.cents = cents
        self.currency = currency

    __hash__ = None


# -- part 1: the class --------------------------------------------------------------------
check.case("Money(150, 'EUR').cents, .currency", lambda: (Money(150, "EUR").cents, Money(150, "EUR").currency))
check.case("repr(Money(150, 'EUR'))", lambda: repr(Money(150, "EUR")))
check.case("repr(Money(-5, 'JPY'))", lambda: repr(Money(-5, "JPY")))
check.case(
    "eval(repr(m)) == m for Money(0, 'CHF'), Money(10**20, 'USD'), Money(7, 'zł')",
    lambda: [round_trip(Money(0, "CHF")), round_trip(Money(10**20, "USD")), round_trip(Money(7, "zł"))],
)
check.case(
    "Money(150, 'EUR') == Money(150, 'EUR'), and !=",
    lambda: (Money(150, "EUR") == Money(150, "EUR"), Money(150, "EUR") != Money(150, "EUR")),
)
check.case(
    "Money(150, 'EUR') == Money(150, 'USD'), and !=",
    lambda: (Money(150, "EUR") == Money(150, "USD"), Money(150, "EUR") != Money(150, "USD")),
)
check.case(
    "Money(150, 'EUR') == Money(151, 'EUR'), and !=",
    lambda: (Money(150, "EUR") == Money(151, "EUR"), Money(150, "EUR") != Money(151, "EUR")),
)
check.case("Money(1, 'EUR').__eq__('1 EUR')", lambda: Money(1, "EUR").__eq__("1 EUR"))
check.case("Money(1, 'EUR').__eq__(1), .__eq__(None)", lambda: (Money(1, "EUR").__eq__(1), Money(1, "EUR").__eq__(None)))
check.case(
    "Money(1, 'EUR').__eq__(x), x not a Money but with .cents == 1 and .currency == 'EUR'",
    lambda: Money(1, "EUR").__eq__(Lookalike(1, "EUR")),
)
check.case(
    "Money(1, 'EUR') == 1, == '1 EUR', == (1, 'EUR'), == None",
    lambda: (Money(1, "EUR") == 1, Money(1, "EUR") == "1 EUR", Money(1, "EUR") == (1, "EUR"), Money(1, "EUR") == None),  # noqa: E711
)
check.case("Money(1, 'EUR') == an object equal to everything", lambda: Money(1, "EUR") == Anything())


def equal_hashes():
    # Both objects stay alive: an id()-based hash could otherwise repeat for the second.
    a, b = Money(150, "EUR"), Money(150, "EUR")
    return hash(a) == hash(b)


check.case("a, b = Money(150, 'EUR'), Money(150, 'EUR'); hash(a) == hash(b)", equal_hashes)
check.case(
    "len({Money(1, 'EUR'), Money(1, 'EUR'), Money(1, 'USD'), Money(2, 'EUR')})",
    lambda: len({Money(1, "EUR"), Money(1, "EUR"), Money(1, "USD"), Money(2, "EUR")}),
)
check.case("{Money(5, 'EUR'): 'five'}[Money(5, 'EUR')]", lambda: {Money(5, "EUR"): "five"}[Money(5, "EUR")])


# -- part 2: the tests --------------------------------------------------------------------
def run_learner_tests(implementation):
    """Run the learner's test file against grader/<implementation> as money.py.

    Returns pytest's exit status (0: all passed, 1: some failed, 5: no tests, ...) or
    None on timeout, plus its output for the learner's stderr.
    """
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copyfile(os.path.join(GRADER, implementation), os.path.join(tmp, "money.py"))
        shutil.copyfile(LEARNER_TESTS, os.path.join(tmp, "test_money.py"))
        # An ini file here makes this directory pytest's rootdir, so no pytest.ini or
        # conftest.py from a parent directory can change the run.
        with open(os.path.join(tmp, "pytest.ini"), "w", encoding="utf-8") as ini:
            ini.write("[pytest]\n")
        env = dict(os.environ, PYTEST_DISABLE_PLUGIN_AUTOLOAD="1")
        try:
            proc = subprocess.run(
                [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"],
                cwd=tmp,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
                timeout=PYTEST_TIMEOUT,
            )
        except subprocess.TimeoutExpired:
            return None, ""
        return proc.returncode, proc.stdout


MUTANTS = [
    ("repr is not eval-able", "mutant_repr_unquoted.py"),
    ("repr is not the exact text", "mutant_repr_keywords.py"),
    ("== ignores the currency", "mutant_eq_ignores_currency.py"),
    ("== ignores the cents", "mutant_eq_ignores_cents.py"),
    ("!= ignores the currency", "mutant_ne_ignores_currency.py"),
    ("== answers False instead of NotImplemented", "mutant_eq_false_for_foreign.py"),
    ("== raises for a non-Money", "mutant_eq_raises_for_foreign.py"),
    ("instances are unhashable", "mutant_unhashable.py"),
    ("equal values hash differently", "mutant_hash_per_instance.py"),
]

status, output = run_learner_tests("money_reference.py")
reference_ok = status == 0
if not reference_ok:
    # Shown by pygrade as the learner's stderr: which of their tests a correct Money fails.
    check.note("pytest output for test_money.py against a correct Money:\n" + output)
verdict = "timed out" if status is None else str(reference_ok)
check.line("test_money.py passes on a correct Money: " + verdict)
for what, filename in MUTANTS:
    if not reference_ok:
        result = "not judged (the tests must pass on a correct Money first)"
    else:
        status, _ = run_learner_tests(filename)
        result = "timed out" if status is None else "caught" if status != 0 else "not caught"
    check.line("mutant " + what + ": " + result)
check.done()
