"""Hidden check for day01/environment: one line per case.

The learner's answers describe the interpreter running this check, which differs from
machine to machine, so every python_info() case prints agreement with what the check
reads itself from sys/platform, never the version or path.
"""
import os
import platform
import subprocess
import sys
import tempfile
import venv

from pygrade_check import Check, ExpectedError, Verdict, show

check = Check()
mod = check.load("environment.py")
if not check.need(mod, "python_info", "version_at_least"):
    check.done()

EXPECTED_KEYS = ["executable", "implementation", "in_venv", "version"]


def info_field(key):
    info = mod.python_info()
    if not isinstance(info, dict):
        raise Verdict("returned " + show(info) + ", expected a dict")
    if key not in info:
        raise Verdict("the dict has no key " + repr(key))
    return info[key]


def keys():
    info = mod.python_info()
    if not isinstance(info, dict):
        raise Verdict("returned " + show(info) + ", expected a dict")
    return sorted(info, key=str)


def version_shape():
    version = info_field("version")
    return isinstance(version, tuple) and len(version) == 3 and all(type(p) is int for p in version)


check.case("python_info() keys", keys)
check.case("version is a tuple of three ints", version_shape)
check.case("version matches sys.version_info",
           lambda: info_field("version") == tuple(sys.version_info[:3]))
check.case("implementation matches platform.python_implementation()",
           lambda: info_field("implementation") == platform.python_implementation())
check.case("executable matches sys.executable",
           lambda: info_field("executable") == sys.executable)
check.case("in_venv matches sys.prefix != sys.base_prefix",
           lambda: info_field("in_venv") is (sys.prefix != sys.base_prefix))

# VIRTUAL_ENV is only a hint left by `activate`: it is missing when a venv's python is
# run directly and stale when another python runs from an activated shell. Run the
# learner's code in a fresh interpreter with the variable removed, then set to a
# directory that is no venv at all; in_venv must follow the interpreter both times.
# The child prints a marker line so that learner prints cannot be mistaken for it.
CHILD = """
import sys, traceback
sys.path.insert(0, {workdir!r})
import environment
try:
    agrees = environment.python_info()["in_venv"] is (sys.prefix != sys.base_prefix)
except Exception as exc:
    if not isinstance(exc, NotImplementedError):
        traceback.print_exc()
    print("@@raises", type(exc).__name__)
else:
    print("@@agrees", agrees)
"""


def in_venv_with(virtual_env):
    env = dict(os.environ)
    env.pop("VIRTUAL_ENV", None)
    if virtual_env is not None:
        env["VIRTUAL_ENV"] = virtual_env
    code = CHILD.format(workdir=check.workdir)
    proc = subprocess.run([sys.executable, "-B", "-c", code], env=env,
                          capture_output=True, text=True)
    sys.stderr.write(proc.stderr)
    for line in proc.stdout.splitlines():
        if line.startswith("@@agrees "):
            return "agrees with sys.prefix: " + line.split(" ", 1)[1]
        if line == "@@raises NotImplementedError":
            raise NotImplementedError
        if line.startswith("@@raises "):
            raise ExpectedError(line.split(" ", 1)[1])
    raise Verdict("the child interpreter failed (exit " + str(proc.returncode) + ")")


with tempfile.TemporaryDirectory() as scratch:
    check.case("in_venv with VIRTUAL_ENV unset", lambda: in_venv_with(None), render=str)
    check.case("in_venv with a stale VIRTUAL_ENV",
               lambda: in_venv_with(os.path.join(scratch, "old-project", ".venv")), render=str)

# Definite answers whatever interpreter runs this check: a venv made here, its python
# run directly (not activated, and not on PATH), and the base interpreter it links to.
FIELDS = """
import sys, traceback
sys.path.insert(0, {workdir!r})
import environment
try:
    info = environment.python_info()
    fields = (info["in_venv"], info["executable"] == sys.executable,
              info["in_venv"] is (sys.prefix != sys.base_prefix))
except Exception as exc:
    if not isinstance(exc, NotImplementedError):
        traceback.print_exc()
    print("@@raises", type(exc).__name__)
else:
    print("@@fields", *fields)
"""


class Builder(venv.EnvBuilder):
    """Remembers the new environment's interpreter path (bin/ or Scripts/)."""

    def post_setup(self, context):
        self.env_exe = context.env_exe


def fields_under(python, virtual_env):
    env = dict(os.environ)
    env.pop("VIRTUAL_ENV", None)
    env["PATH"] = os.defpath
    if virtual_env is not None:
        env["VIRTUAL_ENV"] = virtual_env
    proc = subprocess.run([python, "-B", "-c", FIELDS.format(workdir=check.workdir)],
                          env=env, capture_output=True, text=True)
    sys.stderr.write(proc.stderr)
    for line in proc.stdout.splitlines():
        if line.startswith("@@fields "):
            return line.split()[1:]
        if line == "@@raises NotImplementedError":
            raise NotImplementedError
        if line.startswith("@@raises "):
            raise ExpectedError(line.split(" ", 1)[1])
    raise Verdict("the child interpreter failed (exit " + str(proc.returncode) + ")")


with tempfile.TemporaryDirectory() as scratch:
    builder = Builder(with_pip=False, symlinks=(os.name != "nt"))
    env_dir = os.path.join(scratch, "venv")
    builder.create(env_dir)

    def in_fresh_venv():
        in_venv, executable, _ = fields_under(builder.env_exe, None)
        return "in_venv " + in_venv + ", executable matches sys.executable: " + executable

    def under_base():
        # Outside any venv on every usual install; print agreement so an unusual one
        # (a copied interpreter) cannot make a correct answer fail.
        _, executable, agrees = fields_under(os.path.realpath(builder.env_exe), env_dir)
        return ("in_venv agrees with sys.prefix: " + agrees
                + ", executable matches sys.executable: " + executable)

    check.case("python_info() under a fresh venv's python, not activated, not on PATH",
               in_fresh_venv, render=str)
    check.case("python_info() under that venv's base interpreter, VIRTUAL_ENV still set",
               under_base, render=str)

VERSIONS = [
    ("3.10.4", "3.9"),
    ("3.9", "3.10"),
    ("3.8.10", "3.8.9"),
    ("3.11", "3.11"),
    ("3.11", "3.11.0"),
    ("3.11.0", "3.11"),
    ("3.12.0", "3.12.1"),
    ("10.0", "9.9"),
    ("3", "3.0.1"),
    ("1.2.3.4", "1.2.3.5"),
    ("2.0.0.0.1", "2"),
]
for version, minimum in VERSIONS:
    check.case("version_at_least(" + repr(version) + ", " + repr(minimum) + ")",
               lambda v=version, m=minimum: mod.version_at_least(v, m))

running = ".".join(str(part) for part in sys.version_info[:3])
check.case("version_at_least(<this interpreter's version>, '3.10')",
           lambda: mod.version_at_least(running, "3.10"))
check.raises("version_at_least('3.x', '3.9')", lambda: mod.version_at_least("3.x", "3.9"),
             ValueError)
check.raises("version_at_least('', '3')", lambda: mod.version_at_least("", "3"), ValueError)
for version, minimum in [("3.9", "3.x"), ("3", ""), ("4.x", "3.9"), ("3.10", "3..1"),
                         ("3.", "3"), ("3.9", "v3.8")]:
    check.raises("version_at_least(" + repr(version) + ", " + repr(minimum) + ")",
                 lambda v=version, m=minimum: mod.version_at_least(v, m), ValueError)
check.done()
