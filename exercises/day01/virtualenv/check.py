"""Hidden check for day01/virtualenv: one line per case.

Learners may run pygrade inside a venv or outside one, so the current interpreter is
only compared with what it reports itself. The definite True/False cases use a venv this
check creates under TMPDIR and that venv's base interpreter.
"""
import ast
import importlib.util
import os
import re
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

from pygrade_check import Check, ExpectedError, Verdict, show

check = Check()
mod = check.load("project_setup.py")
if not check.need(mod, "in_virtualenv", "scaffold"):
    check.done()

# ---------------------------------------------------------------- in_virtualenv ---

check.case("in_virtualenv() agrees with this run's sys.prefix != sys.base_prefix",
           lambda: mod.in_virtualenv() is (sys.prefix != sys.base_prefix))


class Builder(venv.EnvBuilder):
    """Remembers the new environment's interpreter path (bin/ or Scripts/)."""

    def post_setup(self, context):
        self.env_exe = context.env_exe


# The child prints a marker line so that learner prints cannot be mistaken for it.
CHILD = """
import sys, traceback
sys.path.insert(0, {workdir!r})
import project_setup
try:
    result = project_setup.in_virtualenv()
except Exception as exc:
    if not isinstance(exc, NotImplementedError):
        traceback.print_exc()
    print("@@raises", type(exc).__name__)
else:
    print("@@result", repr(result), result is (sys.prefix != sys.base_prefix))
"""


def run_child(python, virtual_env):
    env = dict(os.environ)
    env.pop("VIRTUAL_ENV", None)
    if virtual_env is not None:
        env["VIRTUAL_ENV"] = virtual_env
    proc = subprocess.run([python, "-B", "-c", CHILD.format(workdir=check.workdir)],
                          env=env, capture_output=True, text=True)
    sys.stderr.write(proc.stderr)
    for line in proc.stdout.splitlines():
        if line.startswith("@@result "):
            result, agrees = line[len("@@result "):].rsplit(" ", 1)
            return result, agrees
        if line == "@@raises NotImplementedError":
            raise NotImplementedError
        if line.startswith("@@raises "):
            raise ExpectedError(line.split(" ", 1)[1])
    raise Verdict("the child interpreter failed (exit " + str(proc.returncode) + ")")


with tempfile.TemporaryDirectory() as scratch:
    builder = Builder(with_pip=False, symlinks=(os.name != "nt"))
    env_dir = os.path.join(scratch, "project-env")  # a name without "venv" in it
    builder.create(env_dir)
    # Run the venv's python directly, as a script or an IDE would: no activation, so
    # no VIRTUAL_ENV. The interpreter is in a venv by construction, hence the raw value.
    check.case("in_virtualenv() under a fresh venv's python, not activated",
               lambda: run_child(builder.env_exe, None)[0], render=str)
    # The interpreter the venv links to, run from a shell where that venv is still
    # "activated". It is outside any venv on every usual install; print agreement so
    # an unusual one (a copied interpreter) cannot make a correct answer fail.
    base = os.path.realpath(builder.env_exe)
    check.case("in_virtualenv() under the base interpreter, VIRTUAL_ENV still set",
               lambda: "agrees with sys.prefix: " + run_child(base, env_dir)[1], render=str)

# ---------------------------------------------------------------- scaffold ---


def tree(root):
    """Every path under root, relative and with / separators; directories end in /."""
    entries = []
    for dirpath, dirnames, filenames in os.walk(root):
        rel = os.path.relpath(dirpath, root)
        prefix = "" if rel == "." else rel.replace(os.sep, "/") + "/"
        entries += [prefix + name + "/" for name in dirnames]
        entries += [prefix + name for name in filenames]
    return sorted(entries)


def load_toml(text):
    try:
        import tomllib  # 3.11+
    except ImportError:
        try:
            import tomli as tomllib  # often installed on 3.10
        except ImportError:
            return parse_toml_subset(text)
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        raise Verdict("pyproject.toml is not valid TOML")


TABLE = re.compile(r"\[\s*([A-Za-z0-9_.-]+)\s*\]\s*(#.*)?")
STRING_KEY = re.compile(r"""([A-Za-z0-9_-]+)\s*=\s*(?:"([^"\\]*)"|'([^']*)')\s*(#.*)?""")


def parse_toml_subset(text):
    """Fallback for 3.10 without tomli: [tables] and key = "plain string" lines only,
    which is all this check reads; other lines are skipped, not validated."""
    data = {}
    table = data
    for raw in text.splitlines():
        line = raw.strip()
        match = TABLE.fullmatch(line)
        if match:
            table = data.setdefault(match.group(1), {})
            continue
        match = STRING_KEY.fullmatch(line)
        if match:
            value = match.group(2) if match.group(2) is not None else match.group(3)
            table[match.group(1)] = value
    return data


def project_field(key):
    path = project / "pyproject.toml"
    if not path.is_file():
        raise Verdict("no file pyproject.toml")
    table = load_toml(path.read_text(encoding="utf-8")).get("project")
    if not isinstance(table, dict):
        raise Verdict("pyproject.toml has no [project] table")
    return table.get(key, "<missing>")


def package_version():
    init = project / "src" / "python_basics" / "__init__.py"
    if not init.is_file():
        raise Verdict("no file src/python_basics/__init__.py")
    spec = importlib.util.spec_from_file_location("python_basics", init)
    package = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(package)
    return getattr(package, "__version__", "<missing>")


def first_line(relative):
    path = project / relative
    if not path.is_file():
        raise Verdict("no file " + relative)
    lines = path.read_text(encoding="utf-8").splitlines()
    return lines[0] if lines else ""


def ignores_venv():
    path = project / ".gitignore"
    if not path.is_file():
        raise Verdict("no file .gitignore")
    patterns = {line.strip() for line in path.read_text(encoding="utf-8").splitlines()}
    return bool(patterns & {".venv", ".venv/", "/.venv", "/.venv/"})


def has_test_function():
    path = project / "tests" / "test_python_basics.py"
    if not path.is_file():
        raise Verdict("no file tests/test_python_basics.py")
    module = ast.parse(path.read_text(encoding="utf-8"))
    return any(isinstance(node, ast.FunctionDef) and node.name.startswith("test_")
               for node in module.body)


def snapshot(root):
    return {path: (Path(root) / path).read_bytes()
            for path in tree(root) if not path.endswith("/")}


with tempfile.TemporaryDirectory() as scratch:
    root = Path(scratch) / "work"
    root.mkdir()
    project = root / "python-basics"
    unfinished = []

    def relative(result, base=root):
        """Temp paths differ per run: show what scaffold returned relative to base."""
        if not isinstance(result, (str, os.PathLike)):
            raise Verdict("returned " + show(result) + ", expected a pathlib.Path")
        return os.path.relpath(os.fspath(result), base).replace(os.sep, "/")

    returned = []

    def first_scaffold():
        try:
            result = mod.scaffold(root)
        except NotImplementedError:
            unfinished.append(True)
            raise
        returned.append(result)
        return relative(result)

    def on_project(question):
        """Cases that read the scaffold say "not done yet" while scaffold() is a stub."""
        def thunk():
            if unfinished:
                raise NotImplementedError
            return question()
        return thunk

    check.case("scaffold(root) returns, relative to root", first_scaffold)
    check.case("scaffold(root) returns a pathlib.Path",
               on_project(lambda: bool(returned) and isinstance(returned[0], Path)))
    # Joined without show()'s length cap: a long wrong tree must never be cut short.
    check.case("tree under root", on_project(lambda: tree(root)),
               render=lambda paths: " ".join(paths) or "(empty)")
    for key in ["name", "version", "requires-python"]:
        check.case("pyproject.toml [project] " + key,
                   on_project(lambda key=key: project_field(key)))
    check.case("python_basics.__version__ (imported from src/)", on_project(package_version))
    check.case("README.md first line", on_project(lambda: first_line("README.md")))
    check.case(".gitignore keeps .venv/ out of git", on_project(ignores_venv))
    check.case("tests/test_python_basics.py defines a test_ function",
               on_project(has_test_function))

    # A second scaffold over the same root must not clobber the learner's edits.
    readme = project / "README.md"
    if readme.is_file():
        with open(readme, "a", encoding="utf-8") as handle:
            handle.write("\nNotes I wrote by hand.\n")
    before = snapshot(root)
    check.raises("scaffold(root) when python-basics exists",
                 lambda: relative(mod.scaffold(root)), FileExistsError)
    check.case("existing project left untouched", on_project(lambda: snapshot(root) == before))

    # A str root whose parent directories do not exist yet.
    fresh = os.path.join(scratch, "new", "place")

    def fresh_tree():
        mod.scaffold(fresh)
        return tree(fresh) == tree(root)

    check.case("scaffold(str root that does not exist yet) gives the same tree", fresh_tree)

    # python-basics already there but empty (made by hand, say): still refused, still empty.
    other = Path(scratch) / "other"
    (other / "python-basics").mkdir(parents=True)
    check.raises("scaffold(root) when root/python-basics is an empty directory",
                 lambda: relative(mod.scaffold(other), other), FileExistsError)
    check.case("that directory left empty", on_project(lambda: tree(other) == ["python-basics/"]))

check.done()
