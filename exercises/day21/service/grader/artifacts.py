"""Grader-owned checks of the service's CI workflow and Dockerfile.

The real linters (actionlint, hadolint: pinned wheels in the interpreter's bin folder)
run on a copy of the learner's file in a fresh folder of the run's TMPDIR, with HOME
and XDG_CONFIG_HOME pointing there, so no configuration file can switch rules off.
The structural rules are read here: PyYAML for the workflow, a small instruction
reader for the Dockerfile.
"""
import json
import os
import re
import subprocess
import sys
import tempfile

import yaml
from pygrade_check import grader_fault

BIN = os.path.dirname(sys.executable)
# actionlint also reports actions whose JavaScript runtime GitHub is retiring
# (actions/checkout@v4 runs on node20): advice about the action's version, not an
# error in the learner's workflow.
IGNORED_ACTIONLINT = r'runtime "node[0-9]+" is deprecated'


class NotStarted(NotImplementedError):
    """The learner's file still holds nothing but comments."""


def _tool(name):
    path = os.path.join(BIN, name)
    if not os.path.exists(path):
        grader_fault(name + " is not installed next to " + sys.executable + ": run `pygrade setup`")
    return path


def _run(argv, filename, text):
    with tempfile.TemporaryDirectory(prefix="lint-") as folder:
        with open(os.path.join(folder, filename), "w", encoding="utf-8") as f:
            f.write(text)
        env = dict(os.environ, HOME=folder, XDG_CONFIG_HOME=folder, NO_COLOR="1")
        proc = subprocess.run(
            argv + [filename], cwd=folder, env=env, stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=60,
        )
    return proc.returncode, proc.stdout.decode("utf-8", "replace"), proc.stderr.decode("utf-8", "replace")


# -- the workflow -------------------------------------------------------------------------
def load_workflow(text):
    """The parsed workflow; NotStarted for a file of comments; ValueError if not YAML."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = " at line " + str(mark.line + 1) if mark is not None else ""
        raise ValueError("ci.yml is not valid YAML" + where) from None
    if data is None:
        raise NotStarted("ci.yml")
    return data


def actionlint(text):
    """actionlint's problems with the workflow, as "line:col: message" strings."""
    argv = [_tool("actionlint"), "-no-color", "-shellcheck=", "-pyflakes=",
            "-ignore", IGNORED_ACTIONLINT, "-format", "{{json .}}"]
    code, out, err = _run(argv, "ci.yml", text)
    if code not in (0, 1):
        grader_fault("actionlint failed (status " + str(code) + "): " + err.strip()[:300])
    problems = json.loads(out) if out.strip() else []
    return [str(p["line"]) + ":" + str(p["column"]) + ": " + p["message"] for p in problems]


def triggers(data):
    """The events that start the workflow (`on:` is the YAML 1.1 boolean True to PyYAML)."""
    if not isinstance(data, dict):
        return set()
    on = data.get("on", data.get(True))
    if isinstance(on, str):
        return {on}
    if isinstance(on, (list, dict)):
        return {str(e) for e in on}
    return set()


# A command that runs pytest: `pytest`, `python -m pytest`, `coverage run -m pytest`,
# `uv run pytest`, ... (not `pip install pytest`).
PYTEST = re.compile(
    r"^(?:(?:uv|poetry|pipenv|hatch|pdm)\s+run\s+)?"
    r"(?:(?:python[0-9.]*|coverage\s+run)\s+-m\s+)?pytest(?:\s|$)"
)


def runs_pytest(script):
    commands = re.split(r"&&|\|\||;|\n", script)
    return any(PYTEST.match(c.strip()) for c in commands)


def test_job(data):
    """(checkout, setup_python, pytest) for the job that does the most of the three."""
    jobs = data.get("jobs") if isinstance(data, dict) else None
    best = (False, False, False)
    if not isinstance(jobs, dict):
        return best
    for job in jobs.values():
        steps = job.get("steps") if isinstance(job, dict) else None
        if not isinstance(steps, list):
            continue
        steps = [s for s in steps if isinstance(s, dict)]
        uses = [str(s.get("uses", "")) for s in steps]
        runs = [str(s.get("run", "")) for s in steps]
        found = (
            any(u.startswith("actions/checkout@") for u in uses),
            any(u.startswith("actions/setup-python@") for u in uses),
            any(runs_pytest(r) for r in runs),
        )
        if sum(found) > sum(best):
            best = found
    return best


# -- the Dockerfile ------------------------------------------------------------------------
def instructions(text):
    """[(INSTRUCTION, arguments)] with continuation lines joined and comments dropped."""
    result, pending = [], ""
    for raw in text.splitlines():
        line = raw.strip()
        if not pending and (not line or line.startswith("#")):
            continue
        if pending and line.startswith("#"):
            continue  # a comment inside a continued instruction
        if line.endswith("\\"):
            pending += line[:-1] + " "
            continue
        line = pending + line
        pending = ""
        if line.strip():
            word, _, rest = line.strip().partition(" ")
            result.append((word.upper(), rest.strip()))
    if pending.strip():
        word, _, rest = pending.strip().partition(" ")
        result.append((word.upper(), rest.strip()))
    if not result:
        raise NotStarted("Dockerfile")
    return result


def hadolint(text):
    """hadolint's findings at level warning or error, as (code, line, message)."""
    argv = [_tool("hadolint"), "--no-color", "-f", "json"]
    code, out, err = _run(argv, "Dockerfile", text)
    try:
        findings = json.loads(out)
    except ValueError:
        grader_fault("hadolint gave no report (status " + str(code) + "): " + err.strip()[:300])
    return [
        (f["code"], f["line"], f["message"])
        for f in findings
        if f.get("level") in ("error", "warning")
    ]


def final_stage(steps):
    starts = [i for i, (word, _) in enumerate(steps) if word == "FROM"]
    return steps[starts[-1]:] if starts else steps


def user_problem(steps):
    """None when the final stage switches to a non-root user; else what is wrong."""
    users = [args for word, args in final_stage(steps) if word == "USER"]
    if not users:
        return "no USER in the final stage: the container runs as root"
    name = users[-1].split(":")[0].strip()
    if name in ("root", "0"):
        return "the last USER is " + name
    return None


def command_problem(steps):
    """None when the container's command (CMD or ENTRYPOINT) is in exec form."""
    stage = final_stage(steps)
    commands = [(w, a) for w, a in stage if w in ("CMD", "ENTRYPOINT")]
    if not commands:
        return "no CMD or ENTRYPOINT in the final stage"
    last = {}
    for word, args in commands:
        last[word] = args
    for word in ("ENTRYPOINT", "CMD"):
        if word in last:
            try:
                value = json.loads(last[word])
            except ValueError:
                value = None
            if not (isinstance(value, list) and value and all(isinstance(v, str) for v in value)):
                return word + " is in shell form, not a JSON array"
    return None
