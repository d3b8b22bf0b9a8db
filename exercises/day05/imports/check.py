"""Hidden check for day05/imports: one line per case.

Every scenario runs in a fresh interpreter (grader/imports_probe.py) with a sys.path
chosen here, because imports are process-wide state: a module cached by one scenario
or a sys.path entry added by the learner's code would leak into the next.
"""
import builtins
import json
import os
import shutil
import subprocess
import sys
import tempfile

from pygrade_check import Check, ExpectedError

check = Check()
GRADER = os.path.dirname(os.path.abspath(__file__))
PROBE = os.path.join(GRADER, "imports_probe.py")
IMPORTS = os.path.join(check.workdir, "imports")
CORE = os.path.join(IMPORTS, "core_plugins")
EXTRA = os.path.join(IMPORTS, "extra_plugins")
SCRATCH = tempfile.mkdtemp(prefix="imports-check-")
VENDORED = os.path.join(SCRATCH, "vendored")


class RemoteTraceback(Exception):
    """Carries the learner's traceback from the probe process, so it is shown as the
    cause of the case's exception."""

    def __str__(self):
        return "\n" + self.args[0].rstrip("\n")


def remote_exception(name, text):
    """An exception of the same type name as the probe saw, chained to its traceback."""
    message = text.strip().splitlines()[-1]
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
    exc.__cause__ = RemoteTraceback(text.replace(VENDORED + os.sep, "<vendored copy>" + os.sep))
    return exc


def scenario(path, steps):
    """Run `steps` in a fresh interpreter with `path` first on sys.path. Returns one
    thunk per step for check.case."""
    fd, request = tempfile.mkstemp(suffix=".json", dir=SCRATCH)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump({"path": path, "steps": steps}, f)
    result = request + ".out"
    failure = None
    try:
        # -I: no PYTHONPATH, no user site, no script folder on sys.path. The learner's
        # prints go to our stderr (fd 1 is already redirected there by Check).
        proc = subprocess.run(
            [sys.executable, "-I", "-B", PROBE, request, result],
            cwd=SCRATCH, stdin=subprocess.DEVNULL, timeout=30,
        )
        if proc.returncode != 0 or not os.path.exists(result):
            failure = "the import process ended early (exit status " + str(proc.returncode) + ")"
    except subprocess.TimeoutExpired:
        failure = "the import process did not finish within 30 s"
    outcomes = []
    if failure is None:
        with open(result, encoding="utf-8") as f:
            outcomes = json.load(f)

    def thunk(i):
        def run():
            if failure is not None:
                raise ExpectedError(failure)
            outcome = outcomes[i]
            if "raises" in outcome:
                if outcome["raises"] == "NotImplementedError":
                    raise NotImplementedError
                raise remote_exception(outcome["raises"], outcome["traceback"])
            return outcome["shown"]

        return run

    return [thunk(i) for i in range(len(steps))]


def as_shown(text):
    return text


def cases(labels, thunks):
    for label, thunk in zip(labels, thunks):
        check.case(label, thunk, render=as_shown)


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


# -- Part 1: the regular package ------------------------------------------------------
SLUG_TEXT = "Crème Brûlée à la carte!"
COUNT_TEXT = "Ça va? ÇA VA! ça…"
cases(
    [
        "with imports/ on sys.path: import textkit",
        "textkit.slugify(" + repr(SLUG_TEXT) + ")",
        "textkit.word_count(" + repr(COUNT_TEXT) + ")",
        "top-level normalize/slugs/stats/plugins modules after import textkit",
    ],
    scenario(
        [IMPORTS],
        [
            {"do": "import", "module": "textkit"},
            {"do": "call", "module": "textkit", "func": "slugify", "args": [SLUG_TEXT]},
            {"do": "call", "module": "textkit", "func": "word_count", "args": [COUNT_TEXT]},
            {"do": "stray", "package": "textkit", "names": ["normalize", "slugs", "stats", "plugins"]},
        ],
    ),
)
cases(["sys.path unchanged by import textkit"], scenario([IMPORTS], [{"do": "path_unchanged", "package": "textkit"}]))

# Vendored: the package copied into another project, with no top-level textkit at all.
shutil.copytree(os.path.join(IMPORTS, "textkit"), os.path.join(VENDORED, "myapp", "_vendor", "textkit"))
write(os.path.join(VENDORED, "myapp", "__init__.py"), "")
write(os.path.join(VENDORED, "myapp", "_vendor", "__init__.py"), "")
VENDOR_SLUG = "Ünïcödé: 100% über"
VENDOR_COUNT = "Der Bär, der BÄR und der Bar."
cases(
    [
        "vendored as myapp/_vendor/textkit: import myapp._vendor.textkit",
        "vendored slugify(" + repr(VENDOR_SLUG) + ")",
        "vendored word_count(" + repr(VENDOR_COUNT) + ")",
    ],
    scenario(
        [VENDORED],
        [
            {"do": "import", "module": "myapp._vendor.textkit"},
            {"do": "call", "module": "myapp._vendor.textkit", "func": "slugify", "args": [VENDOR_SLUG]},
            {"do": "call", "module": "myapp._vendor.textkit", "func": "word_count", "args": [VENDOR_COUNT]},
        ],
    ),
)

# -- Part 2: the namespace package ----------------------------------------------------
DISCOVER = {"do": "discover", "module": "textkit.plugins", "args": [], "sample": "hey"}
cases(
    [
        "both plugin folders on sys.path: textkit_ext.__path__, relative to imports/",
        "textkit_ext.shout.transform('hi there')",
        "textkit_ext.shout.transform('Straße, wow!')",
        "textkit_ext.echo.transform('Zoë')",
        "discover(), each plugin applied to 'hey'",
        "discover(): each value is the plugin module's own transform function",
    ],
    scenario(
        [IMPORTS, CORE, EXTRA],
        [
            {"do": "portions", "package": "textkit_ext", "base": IMPORTS},
            {"do": "call", "module": "textkit_ext.shout", "func": "transform", "args": ["hi there"]},
            {"do": "call", "module": "textkit_ext.shout", "func": "transform", "args": ["Straße, wow!"]},
            {"do": "call", "module": "textkit_ext.echo", "func": "transform", "args": ["Zoë"]},
            DISCOVER,
            {"do": "identity", "module": "textkit.plugins", "args": [], "namespace": "textkit_ext"},
        ],
    ),
)

# A third portion the learner has never seen, with a private helper module.
MORE = os.path.join(SCRATCH, "more_plugins")
write(os.path.join(MORE, "textkit_ext", "_shared.py"), "import codecs\n\n\ndef transform(text):\n    return codecs.encode(text, 'rot13')\n")
write(os.path.join(MORE, "textkit_ext", "rot13.py"), "from ._shared import transform\n")
write(os.path.join(MORE, "textkit_ext", "README.txt"), "Plugins for textkit. Not a module.\n")
cases(["a third plugin folder on sys.path too: discover()"], scenario([IMPORTS, CORE, EXTRA, MORE], [DISCOVER]))
# echo must use whichever shout the namespace provides, not a copy of its own.
OTHER_CORE = os.path.join(SCRATCH, "other_core")
write(os.path.join(OTHER_CORE, "textkit_ext", "shout.py"), "def transform(text):\n    return '<' + text + '>'\n")
cases(
    ["a different shout.py in another folder, with extra_plugins/: textkit_ext.echo.transform('hey')"],
    scenario([IMPORTS, OTHER_CORE, EXTRA], [{"do": "call", "module": "textkit_ext.echo", "func": "transform", "args": ["hey"]}]),
)
cases(["only core_plugins/ on sys.path: discover()"], scenario([IMPORTS, CORE], [DISCOVER]))
cases(["no plugin folder on sys.path: discover()"], scenario([IMPORTS], [DISCOVER]))

# Another namespace, split over two folders: discover must use its argument.
GADGETS_A, GADGETS_B = os.path.join(SCRATCH, "gadgets_a"), os.path.join(SCRATCH, "gadgets_b")
write(os.path.join(GADGETS_A, "gadgets", "title.py"), "def transform(text):\n    return text.title()\n")
write(os.path.join(GADGETS_B, "gadgets", "double.py"), "def transform(text):\n    return text * 2\n")
cases(
    ["gadgets split over two folders: discover('gadgets')"],
    scenario([IMPORTS, GADGETS_A, GADGETS_B], [dict(DISCOVER, args=["gadgets"])]),
)
check.done()
