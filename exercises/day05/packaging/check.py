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
import re
import shutil
import subprocess
import sys
import tempfile
import venv

from pygrade_check import Check, ExpectedError, show

try:
    import tomllib
except ImportError:  # Python 3.10: pip's vendored copy of the same parser
    from pip._vendor import tomli as tomllib

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
    """Run a process in the venv. Its output is decoded as UTF-8 with every byte kept:
    no newline translation, so a \r shows."""
    proc = subprocess.run(
        args, input=stdin_text.encode("utf-8"), capture_output=True,
        env=environment(), cwd=SCRATCH, timeout=50,
    )
    proc.stdout = proc.stdout.decode("utf-8", "replace")
    proc.stderr = proc.stderr.decode("utf-8", "replace")
    return proc


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


def build_system():
    """[build-system] as the learner wrote it: the backend, and the names of the
    requirements (version specifiers dropped)."""
    try:
        with open(os.path.join(COPY, "pyproject.toml"), "rb") as f:
            data = tomllib.load(f)
    except FileNotFoundError:
        raise ExpectedError("FileNotFoundError: there is no wordtally/pyproject.toml") from None
    except tomllib.TOMLDecodeError:
        raise ExpectedError("TOMLDecodeError: pyproject.toml is not valid TOML") from None
    table = data.get("build-system")
    if not isinstance(table, dict):
        return "no [build-system] table"
    requires = table.get("requires")
    names = None
    if isinstance(requires, list) and all(isinstance(r, str) for r in requires):
        names = sorted(re.match(r"\s*([A-Za-z0-9._-]*)", r).group(1).lower().replace("_", "-") for r in requires)
    backend = table.get("build-backend")
    is_setuptools = isinstance(backend, str) and (backend == "setuptools" or backend.startswith(("setuptools.", "setuptools:")))
    return {"build-backend is setuptools": is_setuptools, "requires (names)": names}


check.case("[build-system] of pyproject.toml", build_system)

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
check.case("installed distribution: Requires-Dist (dependencies)", fact("requires_dist"), render=as_shown)
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
        return proc.returncode, proc.stdout

    return thunk


STORY = "the cat and the hat\nThe end of THE story and the cat\n"
check.case("printf " + repr(STORY) + " | wordtally", command(stdin_text=STORY))
check.case("echo 'Été été ÉTÉ hiver Hiver' | wordtally --top 1", command("--top", "1", stdin_text="Été été ÉTÉ hiver Hiver\n"))
check.case("echo 'b a c a b d' | wordtally --top 10", command("--top", "10", stdin_text="b a c a b d"))
check.case("wordtally < /dev/null", command())
check.case("wordtally --version", command("--version"))
check.case(
    "printf 'Straße\\tSTRASSE  strasse\\nﬁne FINE' | wordtally --top 2",
    command("--top", "2", stdin_text="Straße\tSTRASSE  strasse\nﬁne FINE"),
)


def call_main(argv, fake_argv, stdin_text):
    """Call wordtally.cli.main(argv) in the venv with sys.argv = fake_argv."""

    def thunk():
        if not installed:
            raise ExpectedError("not installed")
        result_path = os.path.join(SCRATCH, "main-result.json")
        if os.path.exists(result_path):
            os.remove(result_path)
        proc = run(
            [VENV_PYTHON, "-I", "-B", os.path.join(GRADER, "call_main.py"), json.dumps(argv), json.dumps(fake_argv), result_path],
            stdin_text,
        )
        sys.stderr.write(readable(proc.stderr))
        if not os.path.exists(result_path):
            raise ExpectedError("the process ended early (exit status " + str(proc.returncode) + ")")
        with open(result_path, encoding="utf-8") as f:
            result = json.load(f)
        if "raises" in result:
            raise remote_exception(result["raises"], result["traceback"])
        return result["outcome"] + ", printed " + show(proc.stdout)

    return thunk


check.case(
    "main(['--top', '1']) called directly, sys.argv = ['wordtally', '--top', '3'], stdin 'b a b c c c'",
    call_main(["--top", "1"], ["wordtally", "--top", "3"], "b a b c c c"),
    render=as_shown,
)
check.case(
    "main() called directly, sys.argv = ['wordtally', '--top', '2'], stdin 'b a b c c c'",
    call_main(None, ["wordtally", "--top", "2"], "b a b c c c"),
    render=as_shown,
)


def metadata_version():
    """Rewrite the installed metadata's version: __version__ and --version must follow."""
    if not installed:
        raise ExpectedError("not installed")
    found = glob.glob(os.path.join(VENV, "lib", "python*", "site-packages", "wordtally-*.dist-info", "METADATA"))
    if len(found) != 1:
        raise ExpectedError("could not find the installed metadata")
    with open(found[0], encoding="utf-8") as f:
        text = f.read()
    with open(found[0], "w", encoding="utf-8") as f:
        f.write(re.sub(r"(?m)^Version: .*$", "Version: 9.8.7", text, count=1))
    attribute = run([VENV_PYTHON, "-I", "-B", "-c", "import wordtally; print(wordtally.__version__)"])
    flag = run([SCRIPT, "--version"]) if os.path.exists(SCRIPT) else None
    return {
        "wordtally.__version__": attribute.stdout.strip() if attribute.returncode == 0 else "import failed",
        "wordtally --version": (flag.stdout.strip() if flag.returncode == 0 else "failed") if flag else "no command",
    }


check.case("after the installed metadata is changed to say version 9.8.7", metadata_version)


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
