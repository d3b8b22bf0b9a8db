"""Hidden check for day19/pytest_suite: the learner's tests, judged on grader-owned ledgers.

The learner's own ledger.py plays no part here. Every run copies test_ledger.py next to
a grader-owned ledger.py in a fresh temporary folder and runs pytest in a subprocess
(`sys.executable -m pytest -p no:cacheprovider`), so runs cannot leak into each other or
into the check:

* the reference ledger (day19/pytest_suite/solution/ledger.py, via `grader_files`): every
  test must pass. The grader's pytest plugin (grader/suite_probe.py) reports from
  pytest itself whether a test that ran used tmp_path, was parametrized, and used a
  fixture the file defines;
* another correct ledger written differently (grader/other_ledger.py): tests must pin
  the contract, not the reference's messages or internals;
* each planted mutant (grader/mutants.py): a useful suite fails on every one.

Only derived verdicts are printed: pytest's own output differs between versions.
"""
import concurrent.futures
import json
import os
import shutil
import subprocess
import sys
import tempfile

from pygrade_check import Check

import mutants

GRADER = os.path.dirname(os.path.abspath(__file__))
TESTS = "test_ledger.py"
MODULE = "ledger.py"
PROBE = "suite_probe"
PYTEST_TIMEOUT = 20  # seconds per pytest run; a sound suite needs well under one
PLACEHOLDER = "write your tests"  # the stub's placeholder test raises this

check = Check()
tests_path = os.path.join(check.workdir, TESTS)


def read(name):
    with open(os.path.join(GRADER, name), encoding="utf-8") as f:
        return f.read()


class Run:
    """One pytest run of the learner's suite: status, output, and the probe's report."""

    def __init__(self, status, output, probe):
        self.status = status  # pytest's exit status, or None on timeout
        self.output = output
        self.probe = probe  # None when pytest never reached the end of its session

    @property
    def timed_out(self):
        return self.status is None

    @property
    def passed(self):
        """Every test passed, at least one ran, and pytest finished normally."""
        p = self.probe
        return self.status == 0 and p is not None and p.get("failed") == 0 and p.get("passed", 0) > 0


def run_suite(ledger_source, tb="short"):
    """Run the learner's suite on `ledger_source`. `tb="line"` for grader-private ledgers:
    their source lines must not reach the learner."""
    with tempfile.TemporaryDirectory(prefix="suite-") as folder:
        shutil.copyfile(tests_path, os.path.join(folder, TESTS))
        with open(os.path.join(folder, MODULE), "w", encoding="utf-8") as f:
            f.write(ledger_source)
        shutil.copyfile(os.path.join(GRADER, PROBE + ".py"), os.path.join(folder, PROBE + ".py"))
        # Our own ini file makes this folder pytest's rootdir: no config or conftest.py
        # from a parent folder joins in.
        with open(os.path.join(folder, "pytest.ini"), "w", encoding="utf-8") as f:
            f.write("[pytest]\n")
        private_tmp = os.path.join(folder, "tmp")  # tmp_path lives here: runs overlap
        os.mkdir(private_tmp)
        report = os.path.join(folder, "probe-report.json")
        env = dict(os.environ, TMPDIR=private_tmp, PYTEST_DISABLE_PLUGIN_AUTOLOAD="1")
        env.update(PYGRADE_PROBE_OUT=report, PYGRADE_PROBE_TESTS=TESTS)
        for name in ("PYTEST_ADDOPTS", "PYTEST_PLUGINS", "PYTHONPATH"):
            env.pop(name, None)
        command = [sys.executable, "-m", "pytest", "-q", "--tb=" + tb, "-p", "no:cacheprovider", "-p", PROBE, TESTS]
        try:
            proc = subprocess.run(
                command,
                cwd=folder,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                timeout=PYTEST_TIMEOUT,
            )
        except subprocess.TimeoutExpired as exc:
            output = (exc.stdout or b"").decode("utf-8", "replace")
            return Run(None, output.replace(folder + os.sep, ""), None)
        output = proc.stdout.decode("utf-8", "replace").replace(folder + os.sep, "")
        probe = None
        try:
            with open(report, encoding="utf-8") as f:
                probe = json.load(f)
            if not isinstance(probe, dict):
                probe = None
        except (OSError, ValueError):
            pass
    return Run(proc.returncode, output, probe)


def report(title, text):
    """Explain a failed case; pygrade shows notes under the diff."""
    check.note(f"--- {title} ---\n{text.rstrip()}")


def yes_no(flag):
    return "yes" if flag else "no"


reference = read("ledger_reference.py")
first = run_suite(reference)
not_started = not first.passed and PLACEHOLDER in first.output
if first.timed_out:
    report("pytest on the reference ledger", f"stopped after {PYTEST_TIMEOUT} s: a test never finished\n" + first.output)
elif not first.passed and not not_started:
    report("pytest on the reference ledger", first.output)


def verdict(value):
    """A case result; the untouched stub reports every case as not done yet."""
    if not_started:
        raise NotImplementedError
    return value


def passes(run):
    return "timed out" if run.timed_out else yes_no(run.passed)


probe = first.probe or {}
check.case("your tests pass on the reference ledger", lambda: verdict(passes(first)), render=str)

# Everything after this needs a suite that passes on the reference: on a failing suite
# every other ledger and mutant would "fail" too, which proves nothing.
NOT_CHECKED = "not checked: your tests fail on the reference ledger"
if first.passed:
    # The other ledger and the mutants run as independent subprocesses in their own
    # folders: two at a time keeps a 2-core machine busy without changing any result.
    sources = [mutants.apply(reference, edits) for _, edits in mutants.MUTANTS]
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        pending_other = pool.submit(run_suite, read("other_ledger.py"), "line")
        mutant_runs = list(pool.map(run_suite, sources))
        other = pending_other.result()
    if not other.passed:
        report("pytest on another correct ledger (test the contract, not one ledger's messages)", other.output)
check.case(
    "they pass on another correct ledger",
    lambda: verdict(passes(other) if first.passed else NOT_CHECKED),
    render=str,
)
check.case("a test that ran uses tmp_path", lambda: verdict(yes_no(probe.get("tmp_path") is True)), render=str)
check.case(
    "a test that ran is parametrized with @pytest.mark.parametrize",
    lambda: verdict(yes_no(probe.get("parametrize") is True)),
    render=str,
)
check.case(
    "a test that ran uses a fixture defined in " + TESTS,
    lambda: verdict(yes_no(bool(probe.get("own_fixtures")))),
    render=str,
)
for i, (what, _) in enumerate(mutants.MUTANTS):
    if not first.passed:
        result = NOT_CHECKED
    elif mutant_runs[i].timed_out:
        result = f"survived: your tests did not finish within {PYTEST_TIMEOUT} s"
    else:
        result = "killed" if mutant_runs[i].status != 0 else "survived: all your tests still pass"
    check.case("mutant where " + what, lambda result=result: verdict(result), render=str)
check.done()
