"""Hidden check for day01/run_modes: one line per case.

Each way of starting the module runs in a fresh interpreter (sys.executable) and the
case prints what the module wrote on stdout. Stderr goes to the learner's stderr so a
crash shows its traceback.
"""
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from pygrade_check import Check

check = Check()
mod = check.load("run_modes.py")
if not check.need(mod, "how_run"):
    check.done()

here = check.workdir
script = os.path.join(here, "run_modes.py")


def child_env(**extra):
    env = dict(os.environ)
    # Safe-path mode (3.11+) would keep the current directory off sys.path and break -m.
    env.pop("PYTHONSAFEPATH", None)
    env.update(extra)
    return env


try:
    mod.how_run()
    started = True
except NotImplementedError:
    started = False
except Exception:
    started = True  # case 1 reports it


def run(args, cwd=here, stdin="", env=None):
    if not started:
        raise NotImplementedError
    proc = subprocess.run([sys.executable, "-B"] + args, cwd=cwd, input=stdin,
                          env=env or child_env(), capture_output=True, text=True)
    # The REPL writes its prompts to stderr; pass stderr on only when there is more.
    if proc.stderr.replace(">>>", "").replace("...", "").strip():
        sys.stderr.write(proc.stderr)
    lines = proc.stdout.splitlines()
    text = "prints " + ", ".join(repr(line) for line in lines) if lines else "prints nothing"
    if proc.returncode:
        text += " [exit " + str(proc.returncode) + "]"
    return text


check.case("how_run() after the check imports the module", mod.how_run)
check.case("python run_modes.py", lambda: run(["run_modes.py"]), render=str)
check.case("python -m run_modes", lambda: run(["-m", "run_modes"]), render=str)

with tempfile.TemporaryDirectory() as elsewhere:
    # Paths are never printed: the labels name the directories instead.
    check.case("python <work dir>/run_modes.py, run from another directory",
               lambda: run([script], cwd=elsewhere), render=str)
    check.case("python -m run_modes from another directory, PYTHONPATH=<work dir>",
               lambda: run(["-m", "run_modes"], cwd=elsewhere, env=child_env(PYTHONPATH=here)),
               render=str)

check.case("python -c 'import run_modes; print(run_modes.how_run())'",
           lambda: run(["-c", "import run_modes; print(run_modes.how_run())"]), render=str)
check.case("python -c 'import run_modes'", lambda: run(["-c", "import run_modes"]), render=str)
check.case("REPL (python -i, input piped): import run_modes; print(run_modes.how_run())",
           lambda: run(["-q", "-i"], stdin="import run_modes\nprint(run_modes.how_run())\n"),
           render=str)
check.case("python - < run_modes.py (program read from stdin)",
           lambda: run(["-"], stdin=Path(script).read_text(encoding="utf-8")), render=str)
check.case("runpy.run_module('run_modes', run_name='__main__'), what -m does inside",
           lambda: run(["-c", "import runpy; runpy.run_module('run_modes', run_name='__main__')"]),
           render=str)
check.done()
