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

from pygrade_check import Check, ExpectedError

check = Check()
mod = check.load("environment.py")
if not check.need(mod, "python_info", "version_at_least"):
    check.done()

EXPECTED_KEYS = ["executable", "implementation", "in_venv", "version"]


def info_field(key):
    info = mod.python_info()
    if not isinstance(info, dict):
        raise ExpectedError("python_info() must return a dict, not " + type(info).__name__)
    if key not in info:
        raise ExpectedError("KeyError " + repr(key))
    return info[key]


def keys():
    info = mod.python_info()
    if not isinstance(info, dict):
        raise ExpectedError("python_info() must return a dict, not " + type(info).__name__)
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
    raise ExpectedError("the child interpreter failed (exit " + str(proc.returncode) + ")")


with tempfile.TemporaryDirectory() as scratch:
    check.case("in_venv with VIRTUAL_ENV unset", lambda: in_venv_with(None), render=str)
    check.case("in_venv with a stale VIRTUAL_ENV",
               lambda: in_venv_with(os.path.join(scratch, "old-project", ".venv")), render=str)

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
check.done()
