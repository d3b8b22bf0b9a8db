"""Hidden check for day25/cython_function: one line per case.

The check compiles the learner's typed_loop.pyx itself, inside the run: the real Cython
(`cython -3 -a`, which also writes the annotation) and then the system C compiler into
an extension module in TMPDIR, which it imports. Then:
  * results on hidden inputs, compared with the pure-Python loops in grader/reference.py;
  * "the hot loop is typed", decided from Cython's annotation: the C code Cython wrote
    for every line of every loop may raise an error but calls nothing that works on
    Python objects (deterministic: same source, same Cython, same answer);
  * the speed-up: the compiled function against the same loop in pure Python, CPU time
    of this thread (not wall time: other processes do not count), best of 5 interleaved
    runs, up to 3 tries, required >= 5x; a typed loop is 20-100x faster, an untyped one
    about 1-2x, so the verdict does not depend on the machine's load. The measured
    factor goes to the notes only, never into the diff.
"""
import array
import os
import sysconfig
import tempfile
import time

import cybuild
import reference
from pygrade_check import Check, grader_fault, show

MODULE = "typed_loop"
check = Check()

if cybuild.find_compiler() is None:
    grader_fault("needs a C compiler: sudo apt-get install gcc (macOS: xcode-select --install)")
if not os.path.exists(os.path.join(sysconfig.get_paths()["include"], "Python.h")):
    grader_fault(
        "needs the Python headers (Python.h) of this interpreter: sudo apt-get install python3-dev"
        " (or the -dev package of your Python)"
    )
try:
    import Cython  # noqa: F401
except ImportError:
    grader_fault("needs Cython: run `pygrade setup`")

pyx = os.path.join(check.workdir, MODULE + ".pyx")
if not os.path.exists(pyx):
    check.line("missing: " + MODULE + ".pyx is not in the run")
    check.done()
COMPILES = MODULE + ".pyx compiles (cython, then cc)"
build_dir = tempfile.mkdtemp(prefix="cython-")
built, error = cybuild.build(pyx, build_dir, MODULE)
if error:
    stage, message = error
    check.note(stage + " said:\n" + message.replace(build_dir + os.sep, ""))
    check.case(COMPILES, lambda: "no: " + stage + " reports an error (see the notes)", render=str)
    check.done()
check.case(COMPILES, lambda: "yes", render=str)

mod = check.load(built, name=MODULE)
if not check.need(mod, "sum_squares_mod", "min_gap"):
    check.done()

started = {"sum_squares_mod": False, "min_gap": False}


def call(name, *args):
    try:
        result = getattr(mod, name)(*args)
    except NotImplementedError:
        raise
    except BaseException:
        started[name] = True
        raise
    started[name] = True
    return result


# -- results -------------------------------------------------------------------------------
def ssm_case(n, m, label=None):
    check.case("sum_squares_mod(" + (label or (str(n) + ", " + str(m))) + ")", lambda: call("sum_squares_mod", n, m))


ssm_case(0, 7)
ssm_case(1, 5)
ssm_case(10, 7)
ssm_case(-4, 3)
ssm_case(2000, 1)
ssm_case(12345, 97)
ssm_case(100_000, 1_000_003)
ssm_case(60_000, 2**40 + 15, "60000, 2**40 + 15")
check.raises("sum_squares_mod(10, 0)", lambda: call("sum_squares_mod", 10, 0), ValueError)
check.raises("sum_squares_mod(10, -5)", lambda: call("sum_squares_mod", 10, -5), ValueError)


def doubles(values):
    return array.array("d", values)


def spread(count, seed):
    """Deterministic, unsorted values whose closest pair is not neighbours."""
    return [((k * 7919 + seed) % 10007) * 0.25 - 1000.0 + k * 1e-3 for k in range(count)]


def gap_case(label, values):
    check.case("min_gap(" + label + ")", lambda: call("min_gap", doubles(values)))


gap_case("[1.0, 5.0]", [1.0, 5.0])
gap_case("5 unsorted values", [3.5, -1.0, 7.25, 3.0, 10.0])
gap_case("3 values, one repeated", [2.0, 9.0, 2.0])
gap_case("4 values, negatives", [-4.5, 8.0, -7.0, 20.0])
gap_case("300 unsorted values", spread(300, 13))
gap_case("[1e300, -1e300, 5e299]", [1e300, -1e300, 5e299])
check.raises("min_gap([4.0])", lambda: call("min_gap", doubles([4.0])), ValueError)
check.raises("min_gap([])", lambda: call("min_gap", doubles([])), ValueError)


# -- the loops are typed ---------------------------------------------------------------------
def typed():
    if not any(started.values()):
        raise NotImplementedError
    with open(pyx, encoding="utf-8") as f:
        source = f.read()
    count, bad = cybuild.python_in_loops(source, os.path.join(build_dir, MODULE + ".html"))
    if count == 0:
        return "no: no for/while loop in " + MODULE + ".pyx"
    if not bad:
        return "yes"
    lines = source.split("\n")
    check.note("cython -a shows Python-object work inside your loops (type every variable the loop touches with cdef):")
    for n, calls in sorted(bad.items()):
        check.note("  line " + str(n) + ": " + lines[n - 1].strip() + "    -> " + ", ".join(calls[:4]))
    return "no: Python-object operations on line" + ("s " if len(bad) > 1 else " ") + ", ".join(str(n) for n in sorted(bad))


check.case("every loop in " + MODULE + ".pyx runs without Python objects (cython -a)", typed, render=str)


# -- the speed-up --------------------------------------------------------------------------
def best_of(fn, args, rounds=5):
    best = None
    for _ in range(rounds):
        start = time.thread_time()
        fn(*args)
        spent = time.thread_time() - start
        best = spent if best is None or spent < best else best
    return best


def speed(name, args, what):
    def run():
        learner = getattr(mod, name)
        slow = getattr(reference, name)
        if call(name, *args) != slow(*args):
            return "no: wrong result on this input"
        factor = 0.0
        for _ in range(3):
            t_cy = best_of(learner, args)
            t_py = best_of(slow, args)
            factor = t_py / max(t_cy, 1e-6)
            if factor >= 5:
                break
        check.note(name + " on " + what + ": " + format(factor, ".0f") + "x faster than pure Python (CPU time, best of 5)")
        return "yes" if factor >= 5 else "no: under 5x (see the notes)"

    check.case(name + " on " + what + ": at least 5x faster than the pure-Python loop", run, render=str)


speed("sum_squares_mod", (300_000, 1_000_003), "n = 300000")
speed("min_gap", (doubles(spread(700, 5)),), "700 values")
check.done()
