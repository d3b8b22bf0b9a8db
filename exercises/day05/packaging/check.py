"""Hidden check for day05/packaging: one line per case.

The learner's project is copied to a scratch folder (their files are never written to)
and installed with `pip install -e` into a throwaway venv, offline. That venv gets pip
and setuptools — and nothing else — from the interpreter running this check, through
a folder of symlinks named in a .pth file, so the install needs no network and cannot
pick up anything else installed around it (such as the learner's own earlier install).
"""
import builtins
import glob
import importlib.metadata
import json
import os
import shutil
import subprocess
import sys
import tempfile
import venv

from pygrade_check import Check, ExpectedError

check = Check()
GRADER = os.path.dirname(os.path.abspath(__file__))
PROJECT = os.path.join(check.workdir, "wordtally")
SCRATCH = tempfile.mkdtemp(prefix="packaging-check-")
COPY = os.path.join(SCRATCH, "wordtally")
VENV = os.path.join(SCRATCH, "venv")
VENV_PYTHON = os.path.join(VENV, "bin", "python")
SCRIPT = os.path.join(VENV, "bin", "wordtally")
# Tools the build needs, by distribution: the top-level names each one provides.
# `wheel` is optional: setuptools older than 70.1 needs it to build any wheel.
TOOLS = {"pip": ["pip"], "setuptools": ["setuptools", "pkg_resources", "_distutils_hack"], "wheel": ["wheel"]}
OPTIONAL_TOOLS = {"wheel"}
PINNED = "python -m pip install setuptools==80.9.0"


class InstallFailed(Exception):
    """pip could not install the project."""


class Remote(Exception):
    """Output of another process, shown as the cause of a case's exception."""

    def __str__(self):
        return "\n" + self.args[0].rstrip("\n")


def readable(text):
    """Point paths in the copy at the learner's own files (pygrade then shows them as
    their workspace paths) and hide the scratch folder."""
    return text.replace(COPY, PROJECT).replace(SCRATCH, "<scratch>")


def remote_exception(name, text):
    """An exception named like the one another process reported, chained to its output."""
    message = readable(text.strip().splitlines()[-1] if text.strip() else name)
    if message.startswith(name + ": "):
        message = message[len(name) + 2 :]
    cls = getattr(builtins, name, None)
    exc = None
    if isinstance(cls, type) and issubclass(cls, Exception):
        try:
            exc = cls(message)
        except TypeError:  # builtin exceptions with a stricter constructor
            exc = None
    if exc is None:
        exc = type(name, (Exception,), {})(message)
    exc.__cause__ = Remote(readable(text))
    return exc


def environment():
    drop = ("PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP")
    env = {k: v for k, v in os.environ.items() if k not in drop and not k.startswith("PIP_")}
    env.update(
        VIRTUAL_ENV=VENV,
        PATH=os.path.join(VENV, "bin") + os.pathsep + env.get("PATH", ""),
        PYTHONDONTWRITEBYTECODE="1",
        PIP_NO_INDEX="1",
        PIP_DISABLE_PIP_VERSION_CHECK="1",
        PIP_CONFIG_FILE=os.devnull,  # no user or site pip.conf (index URLs, find-links)
    )
    return env


def run(args, stdin_text=""):
    return subprocess.run(
        args, input=stdin_text, capture_output=True, text=True, encoding="utf-8",
        env=environment(), cwd=SCRATCH, timeout=50,
    )


def version_tuple(text):
    parts = []
    for part in text.split(".")[:2]:
        digits = "".join(ch for ch in part if ch.isdigit())
        parts.append(int(digits or 0))
    return tuple(parts)


def make_venv():
    """A fresh venv whose only extra packages are the running interpreter's pip and
    setuptools. Returns None, or why that was impossible (not the learner's fault)."""
    try:
        setuptools_version = importlib.metadata.version("setuptools")
    except importlib.metadata.PackageNotFoundError:
        return "setuptools is not installed for " + sys.executable + "; " + PINNED
    try:
        importlib.metadata.version("wheel")
        has_wheel = True
    except importlib.metadata.PackageNotFoundError:
        has_wheel = False
    # Editable installs need setuptools >= 64 (PEP 660); before 70.1 also `wheel`.
    if version_tuple(setuptools_version) < (64, 0) or (version_tuple(setuptools_version) < (70, 1) and not has_wheel):
        return "setuptools " + setuptools_version + " is too old to install offline in editable mode; " + PINNED
    tools = os.path.join(SCRATCH, "tools")
    os.makedirs(tools)
    for dist_name, top_levels in TOOLS.items():
        try:
            site = str(importlib.metadata.distribution(dist_name).locate_file(""))
        except importlib.metadata.PackageNotFoundError:
            if dist_name in OPTIONAL_TOOLS:
                continue
            return dist_name + " is not installed for " + sys.executable
        infos = [os.path.basename(p) for p in glob.glob(os.path.join(site, dist_name + "-*.dist-info"))]
        for name in top_levels + infos:
            if os.path.exists(os.path.join(site, name)):
                os.symlink(os.path.join(site, name), os.path.join(tools, name))
    venv.create(VENV, with_pip=False, symlinks=True)
    purelib = run([VENV_PYTHON, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"]).stdout.strip()
    with open(os.path.join(purelib, "zz_pygrade_tools.pth"), "w", encoding="utf-8") as f:
        f.write(tools + "\n")
    return None


shutil.copytree(PROJECT, COPY, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info", "build", "dist"))
problem = make_venv()
if problem is not None:
    check.line("cannot grade: " + problem)
    check.done()

installed = {}


def install():
    proc = run(
        [VENV_PYTHON, "-m", "pip", "install", "--no-index", "--no-build-isolation", "--no-deps",
         "--no-cache-dir", "--no-input", "-e", COPY]
    )
    if proc.returncode != 0:
        # pip's own words go to stderr (shown to the learner), never into the diff.
        failure = InstallFailed("pip install -e failed; pip's output is above")
        failure.__cause__ = Remote(readable(proc.stdout + proc.stderr))
        raise failure
    installed["ok"] = True
    return "installed"


check.case("pip install -e on a copy of wordtally/ (fresh venv, offline)", install)

facts = {}
if installed:
    result_path = os.path.join(SCRATCH, "facts.json")
    proc = run([VENV_PYTHON, "-I", "-B", os.path.join(GRADER, "installed_probe.py"), COPY, result_path])
    sys.stderr.write(readable(proc.stdout + proc.stderr))
    if os.path.exists(result_path):
        with open(result_path, encoding="utf-8") as f:
            facts = json.load(f)


def fact(key):
    def thunk():
        if not installed:
            raise ExpectedError("not installed")
        if key not in facts:
            raise ExpectedError("could not inspect the installation")
        outcome = facts[key]
        if "raises" in outcome:
            raise remote_exception(outcome["raises"], outcome["traceback"])
        return outcome["shown"]

    return thunk


def as_shown(text):
    return text


check.case("installed distribution: name", fact("name"), render=as_shown)
check.case("installed distribution: version", fact("version"), render=as_shown)
check.case("installed distribution: Requires-Python", fact("requires_python"), render=as_shown)
check.case("installed distribution: console scripts", fact("console_scripts"), render=as_shown)
check.case("installed in editable mode (direct_url.json)", fact("editable"), render=as_shown)
check.case("import wordtally loads, relative to the project", fact("loaded_from"), render=as_shown)
check.case("wordtally.__version__", fact("version_attribute"), render=as_shown)


def command(*args, stdin_text=""):
    """Run the installed console script: (exit status, stdout lines)."""

    def thunk():
        if not installed:
            raise ExpectedError("not installed")
        if not os.path.exists(SCRIPT):
            raise ExpectedError("pip installed no `wordtally` command")
        proc = run([SCRIPT, *args], stdin_text)
        if proc.returncode != 0 and "Traceback (most recent call last)" in proc.stderr:
            raise remote_exception(proc.stderr.strip().splitlines()[-1].split(":")[0], proc.stderr)
        sys.stderr.write(readable(proc.stderr))
        return proc.returncode, proc.stdout.splitlines()

    return thunk


STORY = "the cat and the hat\nThe end of THE story and the cat\n"
check.case("printf " + repr(STORY) + " | wordtally", command(stdin_text=STORY))
check.case("echo 'Été été ÉTÉ hiver Hiver' | wordtally --top 1", command("--top", "1", stdin_text="Été été ÉTÉ hiver Hiver\n"))
check.case("echo 'b a c a b d' | wordtally --top 10", command("--top", "10", stdin_text="b a c a b d"))
check.case("wordtally < /dev/null", command())
check.case("wordtally --version", command("--version"))


def sees_edit():
    """Replace main() in the copy's source after installing: an editable install runs
    the new code without reinstalling; a copied install would not."""
    if not installed:
        raise ExpectedError("not installed")
    if not os.path.exists(SCRIPT):
        raise ExpectedError("pip installed no `wordtally` command")
    with open(os.path.join(COPY, "src", "wordtally", "cli.py"), "a", encoding="utf-8") as f:
        f.write("\n\ndef main(argv=None):  # appended by the check after installing\n    print('edited after install')\n    return 0\n")
    return run([SCRIPT]).stdout.strip() == "edited after install"


check.case("the command runs an edit to src/wordtally/cli.py made after installing", sees_edit)
check.done()
