"""Hidden check for day10/contextlib: one line per case.

Each case starts from a known state (environment variables cleared or set, cwd at the
scratch directory) and puts it back afterwards, so one broken context manager cannot
make the following cases fail too. Directories and files live in a scratch directory
under TMPDIR; paths are printed relative to it, never absolute.
"""
import builtins
import io
import os
import pathlib
import subprocess
import sys
import tempfile

from pygrade_check import Check, Verdict

check = Check()
mod = check.load("context_tools.py")
if not check.need(mod, "temp_env", "working_dir", "open_all"):
    check.done()

scratch = tempfile.TemporaryDirectory()
BASE = os.path.realpath(scratch.name)  # getcwd() reports the resolved path
VARS = ("APP_MODE", "APP_DEBUG", "APP_TOKEN")


class Boom(Exception):
    """Raised inside blocks; a class the learner's code cannot know about."""


def outcome(block):
    """Run ``block``; return the name of the exception it raised, or "no error"."""
    try:
        block()
    except Exception as exc:
        return type(exc).__name__
    return "no error"


def inside_and_after(manager, read):
    with manager:
        inside = read()
    return inside, read()


# -- temp_env ------------------------------------------------------------------------
def env(*names):
    values = tuple(os.environ.get(name, "<unset>") for name in names)
    return values[0] if len(values) == 1 else values


def mode():
    return env("APP_MODE")


def all_vars():
    return env(*VARS)


def env_case(label, initial, thunk):
    """A temp_env case starting from exactly ``initial`` among the check's variables."""
    def run():
        for name in VARS:
            os.environ.pop(name, None)
        os.environ.update(initial)
        try:
            return thunk()
        finally:
            for name in VARS:
                os.environ.pop(name, None)

    check.case(label, run)


def env_after_error():
    def block():
        with mod.temp_env(APP_MODE="test", APP_DEBUG="1", APP_TOKEN=None):
            raise Boom("raised inside the block")

    return outcome(block), all_vars()


def env_nested():
    with mod.temp_env(APP_MODE="1"):
        with mod.temp_env(APP_MODE="2"):
            inner = mode()
        between = mode()
    return inner, between, mode()


def env_child_process():
    # os.environ is only a view: the real process environment must change too.
    code = "import os; print(os.environ.get('APP_MODE', '<unset>'))"
    with mod.temp_env(APP_MODE="on"):
        child = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    return child.stdout.strip()


env_case("APP_MODE unset; temp_env(APP_MODE='on'): (inside, after)", {},
         lambda: inside_and_after(mod.temp_env(APP_MODE="on"), mode))
env_case("APP_MODE='prod'; temp_env(APP_MODE='test'): (inside, after)", {"APP_MODE": "prod"},
         lambda: inside_and_after(mod.temp_env(APP_MODE="test"), mode))
env_case("APP_MODE='prod'; temp_env(APP_MODE=None): (inside, after)", {"APP_MODE": "prod"},
         lambda: inside_and_after(mod.temp_env(APP_MODE=None), mode))
env_case("APP_MODE unset; temp_env(APP_MODE=None): (inside, after)", {},
         lambda: inside_and_after(mod.temp_env(APP_MODE=None), mode))
env_case("APP_MODE='prod', APP_DEBUG='x'; temp_env(APP_MODE='zoë ☕', APP_DEBUG=None, APP_TOKEN='1'): (inside, after) as (MODE, DEBUG, TOKEN)",
         {"APP_MODE": "prod", "APP_DEBUG": "x"},
         lambda: inside_and_after(mod.temp_env(APP_MODE="zoë ☕", APP_DEBUG=None, APP_TOKEN="1"), all_vars))
env_case("APP_MODE=''; temp_env(APP_MODE='on', APP_DEBUG=''): (inside, after) as (MODE, DEBUG)", {"APP_MODE": ""},
         lambda: inside_and_after(mod.temp_env(APP_MODE="on", APP_DEBUG=""), lambda: env("APP_MODE", "APP_DEBUG")))
env_case("APP_MODE='prod', APP_TOKEN='secret'; Boom inside temp_env(APP_MODE='test', APP_DEBUG='1', APP_TOKEN=None): (outcome, after as (MODE, DEBUG, TOKEN))",
         {"APP_MODE": "prod", "APP_TOKEN": "secret"}, env_after_error)
env_case("temp_env(APP_MODE='1') around temp_env(APP_MODE='2'): (inner, between, after)", {}, env_nested)
env_case("a child process started inside temp_env(APP_MODE='on') reads APP_MODE", {}, env_child_process)


# -- working_dir ---------------------------------------------------------------------
os.makedirs(os.path.join(BASE, "a", "b", "c"))


def cwd():
    return os.path.relpath(os.getcwd(), BASE).replace(os.sep, "/")


def cwd_case(label, thunk):
    """A working_dir case starting (and ending) in the scratch directory."""
    def run():
        os.chdir(BASE)
        try:
            return thunk()
        finally:
            os.chdir(BASE)

    check.case(label, run)


def cwd_after_error():
    def block():
        with mod.working_dir("a"):
            raise Boom("raised inside the block")

    return outcome(block), cwd()


def cwd_nested():
    with mod.working_dir("a"):
        with mod.working_dir("b"):
            inner = cwd()
        between = cwd()
    return inner, between, cwd()


def cwd_missing():
    def block():
        with mod.working_dir("missing"):
            pass

    return outcome(block), cwd(), os.path.exists(os.path.join(BASE, "missing"))


def cwd_deep():
    return inside_and_after(mod.working_dir(os.path.join("a", "b", "c")), cwd)


def cwd_moved_in_block():
    with mod.working_dir("a"):
        os.chdir("b")
        inside = cwd()
    return inside, cwd()


cwd_case("working_dir('a'): (inside, after)", lambda: inside_and_after(mod.working_dir("a"), cwd))
cwd_case("Boom inside working_dir('a'): (outcome, after)", cwd_after_error)
cwd_case("working_dir('a') around working_dir('b'): (inner, between, after)", cwd_nested)
cwd_case("working_dir('a/b/c'): (inside, after)", cwd_deep)
cwd_case("working_dir('a'), the block itself changes into b: (inside, after)", cwd_moved_in_block)
cwd_case("working_dir('missing'): (outcome, after, does 'missing' exist now)", cwd_missing)
os.chdir(check.workdir)


# -- open_all ------------------------------------------------------------------------
FILES = os.path.join(BASE, "files")
os.makedirs(FILES)


def make_files(contents):
    """Write one file per string; return their absolute paths (never printed)."""
    paths = []
    for i, text in enumerate(contents):
        path = os.path.join(FILES, "f" + str(i) + ".txt")
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)
        paths.append(path)
    return paths


# Python 3.10's Path.open calls this accessor, bound to io.open when pathlib loads.
ACCESSOR = getattr(pathlib, "_NormalAccessor", None)


class OpenSpy:
    """While active, records every file object opened on one of ``paths``.

    Files the learner fails to close cannot be reached from outside open_all, and once
    unreferenced CPython would close them itself; holding them here keeps a leak
    visible. builtins.open and io.open are the same function: both names are patched
    (Path.open calls io.open), plus the 3.10 accessor."""

    def __init__(self, paths):
        self.wanted = {os.path.abspath(p) for p in paths}
        self.opened = []

    def __enter__(self):
        real_open = self.real_open = builtins.open

        def recording_open(file, *args, **kwargs):
            handle = real_open(file, *args, **kwargs)
            if isinstance(file, (str, os.PathLike)) and os.path.abspath(file) in self.wanted:
                self.opened.append(handle)
            return handle

        builtins.open = io.open = recording_open
        if ACCESSOR is not None:
            ACCESSOR.open = staticmethod(recording_open)
        return self

    def __exit__(self, *exc_info):
        builtins.open = io.open = self.real_open
        if ACCESSOR is not None:
            ACCESSOR.open = self.real_open
        self.all_closed = all(handle.closed for handle in self.opened)
        for handle in self.opened:  # tidy up after a leaky open_all
            handle.close()


def read_all():
    with mod.open_all(make_files(["alpha\n", "beta\n", "ça va ☕\n"])) as files:
        return type(files).__name__, [handle.read() for handle in files]


def binary_mode():
    with mod.open_all(make_files(["ab\n", "ç\n"]), "rb") as files:
        return [handle.read() for handle in files]


def write_mode():
    paths = make_files(["old\n", "old\n"])
    with mod.open_all(paths, mode="w") as files:
        for i, handle in enumerate(files):
            try:
                handle.write("new " + str(i) + "\n")
            except (OSError, ValueError):
                raise Verdict("a file it yielded cannot be written to (not opened with the mode given)") from None
    contents = []
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            contents.append(handle.read())
    return contents


def closed_after():
    with mod.open_all(make_files(["alpha\n", "beta\n", "gamma\n"])) as files:
        files = list(files)
    return [handle.closed for handle in files]


def closed_after_error():
    seen = []

    def block():
        with mod.open_all(make_files(["alpha\n", "beta\n"])) as files:
            seen.extend(files)
            raise Boom("raised inside the block")

    return outcome(block), [handle.closed for handle in seen]


def later_path_missing():
    paths = make_files(["alpha\n", "beta\n", "delta\n"])
    paths.insert(2, os.path.join(FILES, "missing.txt"))

    def block():
        with mod.open_all(paths):
            pass

    with OpenSpy(paths) as spy:
        result = outcome(block)
    return result, spy.all_closed


def no_paths():
    with mod.open_all([]) as files:
        return list(files)


def many_from_generator():
    paths = make_files([str(i) + "\n" for i in range(120)])
    with mod.open_all(path for path in paths) as files:
        files = list(files)
        texts = [handle.read() for handle in files]
    right = texts == [str(i) + "\n" for i in range(120)]
    return len(files), right, all(handle.closed for handle in files)


check.case("open_all of three files: (type of what `as` binds, contents read inside)", read_all)
check.case("open_all of two files with mode 'rb': contents read inside", binary_mode)
check.case("open_all of two files with mode='w', one line written to each: contents after", write_mode)
check.case("open_all of three files: closed flags after the block", closed_after)
check.case("Boom inside open_all of two files: (outcome, closed flags)", closed_after_error)
check.case("open_all where the third of four paths is missing: (outcome, every opened file closed)",
           later_path_missing)
check.case("open_all([])", no_paths)
check.case("open_all of 120 paths from a generator: (count, contents right, all closed after)",
           many_from_generator)

scratch.cleanup()
check.done()
