"""Hidden check for day19/github_actions: the learner's workflow, read two ways.

1. Structurally, with PyYAML: triggers, the three jobs and their order (`needs`), the
   steps every job starts with, the test matrix and what each job runs. YAML 1.1 reads
   an unquoted key `on` as the boolean True, so both spellings are looked up.
2. By the real `actionlint` (the pinned binary next to this interpreter), which knows the
   workflow schema, expression types and the actions' own inputs and runtimes. Its
   shellcheck/pyflakes integrations are switched off: whether those tools happen to be
   installed must not change a verdict. Its findings go to the learner as notes; the
   case line carries only their count.
Each structural rule is its own case, so a diff line names the rule that broke.
"""
import json
import os
import re
import subprocess
import sys

import yaml
from pygrade_check import Check, show

check = Check()
FILE = "ci.yml"
JOBS = ("lint", "test", "build")
VERSIONS = ("3.10", "3.11", "3.12", "3.13")
LINTERS = {"ruff", "flake8", "pylint", "pycodestyle", "pyflakes", "black", "mypy", "pre-commit"}
TESTERS = {"pytest", "py.test", "tox", "nox"}
BUILDERS = {"build", "pyproject-build", "wheel", "sdist", "bdist_wheel"}  # python -m build, pip wheel, uv build, ...
MATRIX_REF = re.compile(r"^\$\{\{\s*matrix\.([A-Za-z_][A-Za-z0-9_-]*)\s*\}\}$")
INSTALL = re.compile(r"^(?:(?:python3?|py)\s+-m\s+)?(?:uv\s+)?(?:pip3?|pipx)\s+install\b|^uv\s+(?:add|sync|tool\s+install)\b")
# Shell that turns a failing command into success, or a linter told never to fail.
SWALLOW = re.compile(r"\|\|\s*(?:true|:|exit\s+0)\b|--exit-zero\b")
ACTIONLINT_TIMEOUT = 30  # seconds; it answers in well under one


class NotWorkflow(Exception):
    """The file is not a mapping with a `jobs` mapping: structure cannot be judged."""


def load():
    """(document, problem): the parsed YAML, or None and a one-line reason."""
    try:
        with open(os.path.join(check.workdir, FILE), encoding="utf-8") as f:
            doc = yaml.safe_load(f)
    except UnicodeDecodeError:
        return None, "it is not UTF-8 text"
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        return None, "YAML error at " + where + problem
    if doc is None:
        return None, "it is empty"
    if not isinstance(doc, dict):
        return None, "its top level is " + type(doc).__name__ + ", not a mapping"
    return doc, None


doc, parse_problem = load()
# The stub's placeholder line, with no workflow written yet.
not_started = isinstance(doc, dict) and "TODO" in doc and "jobs" not in doc


def workflow():
    if not_started:
        raise NotImplementedError
    if doc is None:
        raise NotWorkflow
    if not isinstance(doc.get("jobs"), dict):
        raise NotWorkflow
    return doc


def job(name):
    """The job mapping, or None when it is missing or not a mapping."""
    found = workflow()["jobs"].get(name)
    return found if isinstance(found, dict) else None


def steps(job_map):
    raw = job_map.get("steps") if job_map else None
    return [s for s in raw if isinstance(s, dict)] if isinstance(raw, list) else []


def uses(step, action):
    value = step.get("uses")
    return isinstance(value, str) and value.split("@")[0].strip().lower() == action


def first_index(job_map, predicate):
    for i, step in enumerate(steps(job_map)):
        if predicate(step):
            return i
    return None


def is_run(step):
    return "run" in step


def commands(job_map):
    """Each shell command of the job's run steps, install commands left out."""
    found = []
    for step in steps(job_map):
        script = step.get("run")
        if not isinstance(script, str):
            continue
        for line in script.splitlines():
            for command in re.split(r"&&|\|\||;", line):
                command = command.strip()
                if command and not command.startswith("#") and not INSTALL.match(command):
                    found.append(command)
    return found


def runs_any(job_map, tools):
    for command in commands(job_map):
        words = [w.rsplit("/", 1)[-1] for w in command.split()]
        if any(w in ("--version", "-V", "--help", "-h") for w in words):
            continue  # asks the tool about itself: runs nothing
        if any(w in tools for w in words):
            return True
    return False


def needs(job_map):
    value = job_map.get("needs") if job_map else None
    if isinstance(value, str):
        return [value]
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def guarded(thunk):
    """Run a structural rule; a file that is not a workflow reads as 'not checked'."""
    def run():
        try:
            return thunk()
        except NotWorkflow:
            return "not checked: " + FILE + " is not a workflow (a mapping with jobs:)"
    return run


# -- the rules ----------------------------------------------------------------------------
def is_workflow():
    if not_started:
        raise NotImplementedError
    if doc is None:
        return "no: " + parse_problem
    if not isinstance(doc.get("jobs"), dict):
        return "no: it has no jobs: mapping"
    return "yes"


def triggers():
    wf = workflow()
    value = wf.get("on", wf.get(True))
    if isinstance(value, str):
        return {value}
    if isinstance(value, (list, dict)):
        return {v for v in value if isinstance(v, str)}
    return set()


def triggered_by(event):
    def rule():
        events = triggers()
        if event in events:
            return "yes"
        return "no: the triggers are " + (", ".join(sorted(events)) if events else "missing")
    return rule


def jobs_present():
    missing = [name for name in JOBS if job(name) is None]
    if not missing:
        return "yes"
    names = sorted(str(k) for k in workflow()["jobs"])
    return "no: missing " + ", ".join(missing) + " (the jobs are " + ", ".join(names) + ")"


def job_needs(name, other):
    def rule():
        job_map = job(name)
        if job_map is None:
            return "not checked: there is no " + name + " job"
        listed = needs(job_map)
        if other in listed:
            return "yes"
        return "no: " + name + " needs " + (", ".join(listed) if listed else "nothing")
    return rule


def every_job(problem_of):
    """'yes', or 'no: ' and each required job's problem."""
    problems = []
    for name in JOBS:
        job_map = job(name)
        if job_map is None:
            problems.append(name + " is missing")
            continue
        problem = problem_of(job_map)
        if problem:
            problems.append(name + " " + problem)
    return "yes" if not problems else "no: " + "; ".join(problems)


def checkout_problem(job_map):
    at = first_index(job_map, lambda s: uses(s, "actions/checkout"))
    if at is None:
        return "has no actions/checkout step"
    setup = first_index(job_map, lambda s: uses(s, "actions/setup-python"))
    run = first_index(job_map, is_run)
    if (setup is not None and setup < at) or (run is not None and run < at):
        return "checks out after other steps"
    return None


def setup_problem(job_map):
    at = first_index(job_map, lambda s: uses(s, "actions/setup-python"))
    if at is None:
        return "has no actions/setup-python step"
    run = first_index(job_map, is_run)
    if run is not None and run < at:
        return "runs commands before setting up Python"
    return None


def test_setup_version():
    """The test job's setup-python `python-version` value (None when absent)."""
    test = job("test")
    at = first_index(test, lambda s: uses(s, "actions/setup-python"))
    if at is None:
        return None
    with_ = steps(test)[at].get("with")
    return with_.get("python-version") if isinstance(with_, dict) else None


def matrix_of_test():
    strategy = job("test").get("strategy")
    matrix = strategy.get("matrix") if isinstance(strategy, dict) else None
    return matrix if isinstance(matrix, dict) else None


def matrix_keys(matrix):
    """The names a step can read as matrix.NAME: the matrix's own keys and those of its
    include entries."""
    keys = {k for k in matrix if k not in ("include", "exclude")}
    include = matrix.get("include")
    if isinstance(include, list):
        for entry in include:
            if isinstance(entry, dict):
                keys.update(entry)
    return keys


def matrix_used():
    if job("test") is None:
        return "not checked: there is no test job"
    value = test_setup_version()
    found = MATRIX_REF.match(value.strip()) if isinstance(value, str) else None
    if found is None:
        return "no: its setup-python python-version is " + show(value)
    matrix = matrix_of_test()
    key = found.group(1)
    if matrix is None or key not in matrix_keys(matrix):
        return "no: it reads matrix." + key + ", which the test matrix does not define"
    return "yes"


def matrix_versions():
    if job("test") is None:
        return "not checked: there is no test job"
    matrix = matrix_of_test()
    if matrix is None:
        return "no: the test job has no strategy.matrix"
    value = test_setup_version()
    found = MATRIX_REF.match(value.strip()) if isinstance(value, str) else None
    keys = [found.group(1)] if found and found.group(1) in matrix_keys(matrix) else []
    if not keys:  # judged on its own: find the versions even if setup-python misses them
        keys = sorted(k for k in matrix_keys(matrix) if isinstance(k, str) and "py" in k.lower())
    versions = []
    for key in keys:
        listed = matrix.get(key)
        if isinstance(listed, list):
            versions.extend(listed)
        include = matrix.get("include")
        if isinstance(include, list):
            versions.extend(e[key] for e in include if isinstance(e, dict) and key in e)
    missing = [v for v in VERSIONS if v not in versions]
    if not missing:
        return "yes"
    detail = "missing " + ", ".join(missing) + " (the matrix lists " + show(versions) + ")"
    if any(isinstance(v, float) for v in versions):
        detail += "; unquoted, YAML reads 3.10 as the number 3.1"
    return "no: " + detail


def swallow_problem(job_map):
    if job_map.get("continue-on-error") is True:
        return "has continue-on-error: true"
    for step in steps(job_map):
        if step.get("continue-on-error") is True:
            return "has a step with continue-on-error: true"
        script = step.get("run")
        if isinstance(script, str):
            for line in script.splitlines():
                if SWALLOW.search(line):
                    return "runs " + show(line.strip())
    return None


def job_runs(name, tools, what):
    def rule():
        job_map = job(name)
        if job_map is None:
            return "not checked: there is no " + name + " job"
        return "yes" if runs_any(job_map, tools) else "no: no run step of " + name + " " + what
    return rule


def actionlint():
    if not_started:
        raise NotImplementedError
    binary = os.path.join(os.path.dirname(sys.executable), "actionlint")
    if not os.path.exists(binary):
        check.note("actionlint is not installed next to " + os.path.basename(sys.executable) + ": run `pygrade setup`")
        return "not run: actionlint is not installed"
    command = [binary, "-no-color", "-shellcheck=", "-pyflakes=", "-format", "{{json .}}", FILE]
    try:
        proc = subprocess.run(
            command, cwd=check.workdir, stdin=subprocess.DEVNULL, capture_output=True, timeout=ACTIONLINT_TIMEOUT
        )
    except subprocess.TimeoutExpired:
        return f"not run: actionlint did not answer within {ACTIONLINT_TIMEOUT} s"
    text = proc.stdout.decode("utf-8", "replace").strip()
    try:
        findings = json.loads(text) if text else []
    except ValueError:
        findings = None
    if not isinstance(findings, list):
        check.note("actionlint failed:\n" + proc.stderr.decode("utf-8", "replace"))
        return "not run: actionlint failed (exit status " + str(proc.returncode) + ")"
    if findings:
        lines = ["actionlint says:"]
        for f in findings:
            if isinstance(f, dict):
                lines.append(f"{FILE}:{f.get('line')}:{f.get('column')}: {f.get('message')} [{f.get('kind')}]")
        check.note("\n".join(lines))
    return str(len(findings)) + (" problem" if len(findings) == 1 else " problems")


check.case(FILE + " is a YAML mapping with jobs:", is_workflow, render=str)
check.case("the workflow runs on push", guarded(triggered_by("push")), render=str)
check.case("the workflow runs on pull_request", guarded(triggered_by("pull_request")), render=str)
check.case("jobs lint, test and build exist", guarded(jobs_present), render=str)
check.case("test needs lint", guarded(job_needs("test", "lint")), render=str)
check.case("build needs test", guarded(job_needs("build", "test")), render=str)
check.case(
    "every job uses actions/checkout before setup-python and before any run step",
    guarded(lambda: every_job(checkout_problem)),
    render=str,
)
check.case(
    "every job uses actions/setup-python before any run step", guarded(lambda: every_job(setup_problem)), render=str
)
check.case("test sets up Python from its matrix", guarded(matrix_used), render=str)
check.case("the test matrix covers Python " + ", ".join(VERSIONS), guarded(matrix_versions), render=str)
check.case("lint runs a linter", guarded(job_runs("lint", LINTERS, "runs a linter such as ruff")), render=str)
check.case("test runs pytest", guarded(job_runs("test", TESTERS, "runs pytest")), render=str)
check.case("build builds the package", guarded(job_runs("build", BUILDERS, "runs python -m build")), render=str)
check.case(
    "no job or step of lint, test and build ignores failures", guarded(lambda: every_job(swallow_problem)), render=str
)
check.case("actionlint findings", actionlint, render=str)
check.done()
