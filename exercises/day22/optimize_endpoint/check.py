"""Hidden check for day22/optimize_endpoint: one line per case.

The check builds a deterministic in-memory SQLite shop (grader/shopdb.py) and compares
the learner's customer_report with the original slow endpoint (a grader-owned copy of the stub) on
requests the learner never sees. Work is counted, never timed: queries through
sqlite3's trace callback, comparisons and hashes of the requested ids through int
subclass instances that count them (grader/counting.py), and the Python lines run in
the learner's module through a line tracer. Only verdicts are printed for counts, so a
correct solution in any style gives the same output.
"""
import os

import original
import shopdb
from counting import TALLY, LineCounter, counted
from pygrade_check import Check, ExpectedError, show

check = Check()
mod = check.load("endpoint.py")
if not check.need(mod, "customer_report"):
    check.done()

LEARNER_FILE = os.path.abspath(mod.__file__)
conn = shopdb.build()
# Connection housekeeping (SQLAlchemy's PRAGMA read_uncommitted, transactions) is not a query.
NOT_QUERIES = {"PRAGMA", "BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE"}


class Statements:
    def __init__(self):
        self.count = 0

    def __enter__(self):
        conn.set_trace_callback(self._seen)
        return self

    def _seen(self, sql):
        words = sql.split(None, 1)
        if words and words[0].upper() not in NOT_QUERIES:
            self.count += 1

    def __exit__(self, *exc):
        conn.set_trace_callback(None)
        return False


def canon(value):
    """Comparable form: ints (and int subclasses) apart from floats and bools."""
    if isinstance(value, bool):
        return ("bool", value)
    if isinstance(value, int):
        return ("int", int(value))
    if isinstance(value, dict):
        return ("dict", sorted((str(k), canon(v)) for k, v in value.items()))
    if isinstance(value, (list, tuple)):
        return (type(value).__name__, [canon(v) for v in value])
    return (type(value).__name__, value)


def plain(value):
    """The learner's summary as shown: int subclasses as plain ints."""
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, int) and not isinstance(value, bool):
        return int(value)
    return value


def run_learner(ids):
    result = mod.customer_report(conn, counted(ids))
    if not isinstance(result, list):
        raise ExpectedError("returned " + show(result) + ", expected a list of dicts")
    for item in result:
        if not isinstance(item, dict):
            raise ExpectedError("returned a list holding " + show(item) + ", expected dicts")
    return result


def compare(got, want):
    """'' when equal, else a sentence naming the first difference."""
    if canon(got) == canon(want):
        return ""
    for k, (g, w) in enumerate(zip(got, want)):
        if canon(g) != canon(w):
            return "summary #" + str(k + 1) + " is " + show(plain(g)) + ", the original gives " + show(w)
    if len(got) > len(want):
        return "extra summary #" + str(len(want) + 1) + ": " + show(plain(got[len(want)]))
    return "summary #" + str(len(got) + 1) + " missing: the original gives " + show(want[len(got)])


def shown_case(label, ids):
    """Small request: print the learner's summaries themselves, then agreement."""
    def run():
        got = run_learner(ids)
        want = original.customer_report_slow(conn, ids)
        diff = compare(got, want)
        return show([plain(g) for g in got]) + ("" if not diff else "  [" + diff + "]")

    check.case(label, run, render=str)


def hidden_case(label, ids):
    """Bigger request: print only whether every summary matches the original."""
    def run():
        got = run_learner(ids)
        want = original.customer_report_slow(conn, ids)
        diff = compare(got, want)
        return str(len(got)) + " summaries, " + ("same as the original endpoint" if not diff else diff)

    check.case(label, run, render=str)


def statements_case(label, ids):
    def run():
        with Statements() as seen:
            run_learner(ids)
        if seen.count <= 2:
            return "at most 2 queries"
        return str(seen.count) + " queries (at most 2 allowed: no query per id)"

    check.case(label, run, render=str)


def measure(ids):
    TALLY.ops = 0
    with LineCounter(LEARNER_FILE) as lines:
        run_learner(ids)
    return TALLY.ops, lines.lines


def growth_case(label, small, big, index, what):
    def run():
        small_work = measure(small)[index]
        big_work = measure(big)[index]
        if big_work <= 20 * max(small_work, 1):
            return what + " grow about linearly"
        factor = big_work / max(small_work, 1)
        return (what + " grow " + str(round(factor)) + "x for 10x the ids (" + str(small_work) + " -> "
                + str(big_work) + "; at most 20x allowed: something is quadratic)")

    check.case(label, run, render=str)


SMALL = shopdb.request(90, 10)
BIG = shopdb.request(900, 100)

shown_case("customer_report([])", [])
shown_case("customer_report([4, 2, 7])", [4, 2, 7])
shown_case("customer_report([9, 3001, 9, 1, 4, 1])", [9, 3001, 9, 1, 4, 1])
shown_case("customer_report([15, 6, 12]): customers without paid orders", [15, 6, 12])
hidden_case("customer_report(hidden request of 100 ids)", SMALL)
hidden_case("customer_report(hidden request of 1000 ids)", BIG)
hidden_case("customer_report(hidden request of 1000 ids, in reverse)", BIG[::-1])
statements_case("queries run by customer_report([4, 2, 7])", [4, 2, 7])
statements_case("queries run for a request of 1000 ids", BIG)
growth_case("id comparisons and hashes, 100 ids -> 1000 ids", SMALL, BIG, 0, "comparisons and hashes")
growth_case("Python lines run in endpoint.py, 100 ids -> 1000 ids", SMALL, BIG, 1, "lines run")
check.done()
