"""Hidden check for day21/cprofile_api: one line per case.

The workloads (grader/shop_api.py) are plain Python functions the learner never sees.
Each case runs the learner's profiler on one of them and prints the rows it returned,
then profiles the same call itself with cProfile and pstats in this interpreter and
says whether the two agree. Only call counts are compared, never times, and the
workloads call nothing from the standard library, so the counts (and this output)
are the same on every CPython.
"""
import cProfile
import os
import pstats
import sys

import audit_log
import shop_api
from pygrade_check import Check, show

check = Check()
mod = check.load("cprofile_api.py")
if not check.need(mod, "profile_calls", "hottest"):
    check.done()


# -- the reference, from pstats ------------------------------------------------------------
def name_of(func):
    return os.path.basename(func[0]) + ":" + str(func[1]) + "(" + func[2] + ")"


def order_of(func):
    return os.path.basename(func[0]), func[1]


def reference_stats(fn, args, kwargs):
    profiler = cProfile.Profile()
    try:
        profiler.runcall(fn, *args, **kwargs)
    except Exception:
        pass
    stats = pstats.Stats(profiler).stats
    return {f: e for f, e in stats.items() if f[0] != "~"}


def reference_rows(fn, args, kwargs, top):
    stats = reference_stats(fn, args, kwargs)
    ranked = sorted(stats, key=lambda f: (-stats[f][1], order_of(f)))
    return [(name_of(f), stats[f][1], stats[f][0]) for f in ranked[:top]]


def reference_hottest(fn, args, kwargs):
    stats = reference_stats(fn, args, kwargs)
    func = min(stats, key=lambda f: (-stats[f][1], order_of(f)))
    callers = stats[func][4]
    caller = min(callers, key=lambda c: (-callers[c][0], order_of(c)))
    return name_of(func), stats[func][1], name_of(caller)


# -- rendering ---------------------------------------------------------------------------
def is_row(row):
    return (
        isinstance(row, tuple)
        and len(row) == 3
        and isinstance(row[0], str)
        and all(isinstance(n, int) and not isinstance(n, bool) for n in row[1:])
    )


GRADER_DIR = os.path.dirname(os.path.abspath(shop_api.__file__))


def hide_dir(text):
    """A name built from the full path shows the path's tail only (no temp dirs)."""
    return text.replace(GRADER_DIR + os.sep, ".../")


def render_rows(rows):
    return hide_dir("[" + ", ".join(r[0] + " " + str(r[1]) + "/" + str(r[2]) for r in rows) + "]")


def rows_case(label, fn, *args, top=None, **kwargs):
    def run():
        extra = {} if top is None else {"top": top}
        got = mod.profile_calls(fn, *args, **extra, **kwargs)
        want = reference_rows(fn, args, kwargs, 10 if top is None else top)
        if not isinstance(got, list):
            return "returned " + show(got) + ", expected a list of rows"
        bad = [r for r in got if not is_row(r)]
        if bad:
            return "returned a row " + hide_dir(show(bad[0])) + ", expected (name, ncalls, primitive)"
        got = [tuple(r) for r in got]
        verdict = "  [agrees with pstats]" if got == want else "  [pstats says " + render_rows(want) + "]"
        return render_rows(got) + verdict

    check.case(label, run, render=str)


def hottest_case(label, fn, *args, **kwargs):
    def run():
        got = mod.hottest(fn, *args, **kwargs)
        want = reference_hottest(fn, args, kwargs)
        if not (isinstance(got, tuple) and len(got) == 3):
            return "returned " + show(got) + ", expected (name, ncalls, caller)"
        got = tuple(got)
        verdict = "  [agrees with pstats]" if got == want else "  [pstats says " + show(want) + "]"
        return hide_dir(show(got)) + verdict

    check.case(label, run, render=str)


def tree(depth, width):
    if depth == 0:
        return {}
    return {"children": [tree(depth - 1, width) for _ in range(width)]}


ORDER = {"lines": [("apple", 40), ("pear", 25), ("fig", 3)]}
PRICES = {"apple": 3, "pear": 5, "fig": 11}
TREES = [tree(4, 2)] + [{} for _ in range(7)]

# -- profile_calls ---------------------------------------------------------------------------
rows_case("profile_calls(tally, 4 items)", shop_api.tally, ["a", "b", "c", "d"])
rows_case("profile_calls(tally, no items, top=2)", shop_api.tally, [], top=2)
rows_case("profile_calls(handle_order, 3 order lines, top=3)", shop_api.handle_order, ORDER, PRICES, top=3)
rows_case("profile_calls(handle_tree, 8 category trees, top=4)", shop_api.handle_tree, TREES, top=4)
rows_case("profile_calls(busy_builtins, 3, scale=4)", shop_api.busy_builtins, 3, scale=4)
rows_case("profile_calls(chain, 5) with the default top", shop_api.chain, 5)
rows_case("profile_calls(chain, 2, top=1)", shop_api.chain, 2, top=1)
rows_case("profile_calls(cross_file, 3, record)", shop_api.cross_file, 3, audit_log.record)
check.raises("profile_calls(tally, [], top=0)", lambda: mod.profile_calls(shop_api.tally, [], top=0), ValueError)

# -- hottest -------------------------------------------------------------------------------
hottest_case("hottest(handle_order, 3 order lines)", shop_api.handle_order, ORDER, PRICES)
hottest_case("hottest(handle_tree, 8 category trees)", shop_api.handle_tree, TREES)
hottest_case("hottest(two_callers, 3)", shop_api.two_callers, 3)
hottest_case("hottest(two_callers_late, 4)", shop_api.two_callers_late, 4)
hottest_case("hottest(cross_file, 2, record)", shop_api.cross_file, 2, audit_log.record)


# -- last: an exception inside fn (a leaked profiler would disturb anything after it) -------
def profiler_running():
    if hasattr(sys, "monitoring"):
        return sys.monitoring.get_tool(sys.monitoring.PROFILER_ID) is not None
    return sys.getprofile() is not None


def failing():
    try:
        mod.profile_calls(shop_api.failing_handler, {"sku": "x"})
    except TypeError:
        outcome = "raises TypeError"
    else:
        outcome = "returned without raising"
    return outcome + ", profiler still running afterwards: " + str(profiler_running())


check.case("profile_calls(failing_handler, ...) whose handler raises TypeError", failing, render=str)
check.done()
