"""Hidden check for day07/coverage: the learner's tests, judged on grader-owned cleaners.

The learner's own cleaner plays no part here. Every run copies test_csv_cleaner.py next
to a grader-owned csv_cleaner.py in a fresh temporary folder and runs pytest in a
subprocess, so the runs cannot leak into each other or into the check:

* the reference cleaner (csv_cleaner.py: day07/csv_cleaner's solution, copied into the
  grader dir through `grader_files`), under `coverage run`. The check reads the coverage data
  itself: nothing the tests print or report is trusted;
* another correct cleaner written differently (grader/other_cleaner.py): tests must pin
  the contract, not the reference's wording or internals;
* each planted mutant (grader/mutants.py): a useful suite fails on every one.

Only booleans are printed: the exact percentage moves a little between Python and
coverage versions, the verdict at 80% does not for any sensible suite.
"""
import ast
import concurrent.futures
import os
import shutil
import subprocess
import sys
import tempfile

from pygrade_check import Check

import mutants

GRADER = os.path.dirname(os.path.abspath(__file__))
TESTS = "test_csv_cleaner.py"
MODULE = "csv_cleaner"
THRESHOLD = 80.0
# The stub's placeholder test raises NotImplementedError with this message.
PLACEHOLDER = "write your tests"

check = Check()
tests_path = os.path.join(check.workdir, TESTS)


def read(name):
    with open(os.path.join(GRADER, name), encoding="utf-8") as f:
        return f.read()


def run_suite(cleaner_source, measure=False):
    """Run the learner's tests against `cleaner_source` in a fresh folder.

    Returns (passed, pytest output, coverage), where coverage is None or, with
    `measure`, the (statements, missing) line numbers read from the run's data file."""
    with tempfile.TemporaryDirectory(prefix="suite-") as folder:
        shutil.copyfile(tests_path, os.path.join(folder, TESTS))
        module_path = os.path.join(folder, MODULE + ".py")
        with open(module_path, "w", encoding="utf-8") as f:
            f.write(cleaner_source)
        # An ini file of our own makes this folder pytest's rootdir, so no config or
        # conftest.py from a parent folder can join in.
        with open(os.path.join(folder, "pytest.ini"), "w", encoding="utf-8") as f:
            f.write("[pytest]\n")
        private_tmp = os.path.join(folder, "tmp")  # tmp_path lives here: runs may overlap
        os.mkdir(private_tmp)
        env = dict(os.environ, TMPDIR=private_tmp, PYTEST_DISABLE_PLUGIN_AUTOLOAD="1")
        env["COVERAGE_FILE"] = os.path.join(folder, ".coverage")
        for name in ("PYTEST_ADDOPTS", "PYTEST_PLUGINS", "COVERAGE_RCFILE", "COVERAGE_PROCESS_START", "PYTHONPATH"):
            env.pop(name, None)
        runner = ["-m", "coverage", "run", "--source=" + MODULE] if measure else []
        command = [sys.executable, *runner, "-m", "pytest", "-q", "--tb=short", "-p", "no:cacheprovider", TESTS]
        proc = subprocess.run(
            command, cwd=folder, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
        )
        output = proc.stdout.decode("utf-8", "replace").replace(folder + os.sep, "")
        coverage = missing_lines(folder, module_path, cleaner_source) if measure else None
    return proc.returncode == 0, output, coverage


def missing_lines(folder, module_path, source):
    """(statements, missing) of the cleaner, read from the run's coverage data."""
    import coverage  # only the check process needs it, after the run

    # The tests ran in this folder and may have touched the module file: analyse the
    # grader's text, not whatever is on disk now.
    with open(module_path, "w", encoding="utf-8") as f:
        f.write(source)
    data_file = os.path.join(folder, ".coverage")
    try:
        cov = coverage.Coverage(data_file=data_file, config_file=False)
        if os.path.exists(data_file):
            cov.load()
        _, statements, _, missing, _ = cov.analysis2(module_path)
    except coverage.exceptions.CoverageException:
        # Unreadable data (the tests deleted or damaged it): nothing counts as run.
        _, statements, _, missing, _ = coverage.Coverage(data_file=None, config_file=False).analysis2(module_path)
    return statements, missing


def report(title, text):
    """Explain a failed case on stderr, which pygrade shows under the diff."""
    check.note(f"--- {title} ---\n{text.rstrip()}")


def uncovered_by_function(source, statements, missing):
    """One line per function with unrun statements: 'main: 5 of 17 never run (lines 48-49, 57-58)'.
    A range is a run of consecutive statements, so blank lines do not split it."""
    order = sorted(statements)
    missing = set(missing)
    lines = []
    for node in ast.parse(source).body:
        if not isinstance(node, ast.FunctionDef):
            continue
        own = [n for n in order if node.lineno <= n <= node.end_lineno]
        runs, current = [], []
        for n in own:
            if n in missing:
                current.append(n)
            elif current:
                runs.append(current)
                current = []
        if current:
            runs.append(current)
        if runs:
            missed = sum(len(r) for r in runs)
            spans = ", ".join(str(r[0]) if len(r) == 1 else f"{r[0]}-{r[-1]}" for r in runs)
            lines.append(f"{node.name}: {missed} of {len(own)} statements never run (lines {spans})")
    return "\n".join(lines)


def yes_no(flag):
    return "yes" if flag else "no"


reference = read("csv_cleaner.py")
passed, output, (statements, missing) = run_suite(reference, measure=True)
not_started = not passed and PLACEHOLDER in output
covered = 100.0 * (len(statements) - len(missing)) / len(statements)
if not passed:
    if not not_started:
        report("pytest on the reference cleaner", output)
elif covered < THRESHOLD:
    report("parts of the reference cleaner your tests never run", uncovered_by_function(reference, statements, missing))


def verdict(value):
    """A case result; the untouched stub reports every case as not done yet."""
    if not_started:
        raise NotImplementedError
    return value


check.case("your tests pass on the reference cleaner", lambda: verdict(yes_no(passed)), render=str)
check.case(f"they run at least {THRESHOLD:.0f}% of its lines", lambda: verdict(yes_no(covered >= THRESHOLD)), render=str)

# Everything below needs a suite that passes on the reference: on a failing suite every
# other cleaner and mutant would "fail" too, which proves nothing.
NOT_CHECKED = "not checked: your tests fail on the reference"
if passed:
    other_passed, other_output, _ = run_suite(read("other_cleaner.py"))
    if not other_passed:
        report("pytest on another correct cleaner (test the contract, not one cleaner's wording)", other_output)
    # Mutant runs are independent subprocesses in their own folders: two at a time keeps
    # a 2-core machine busy without changing any result.
    sources = [mutants.apply(reference, old, new) for _, old, new in mutants.MUTANTS]
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        survived = [result[0] for result in pool.map(run_suite, sources)]
check.case(
    "they pass on another correct cleaner",
    lambda: verdict(yes_no(other_passed) if passed else NOT_CHECKED),
    render=str,
)
for i, (what, _, _) in enumerate(mutants.MUTANTS):
    if not passed:
        result = NOT_CHECKED
    else:
        result = "NOT caught: your tests still pass" if survived[i] else "caught"
    check.case("mutant where " + what, lambda result=result: verdict(result), render=str)
check.done()
