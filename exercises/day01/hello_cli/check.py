"""Hidden check for day01/hello_cli: one line per case.

Two ways in. As a program: `python hello_cli.py ARGS` in a fresh interpreter, the way a
user runs it (this proves the `__main__` block reads sys.argv). As a function:
`main(argv)` called here with argv given, while sys.argv holds other arguments, so a
main() that ignores its argv parameter shows. Output lines forgive trailing spaces, a
carriage return and trailing blank lines, nothing else.
"""
import contextlib
import io
import os
import subprocess
import sys

from pygrade_check import Check, show

check = Check()
mod = check.load("hello_cli.py")
if not check.need(mod, "main"):
    check.done()

here = check.workdir
USAGE = "usage:"


def lines_of(text):
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    while lines and not lines[-1]:
        lines.pop()
    return lines


def describe(stdout, stderr, code, stderr_needles=(), stdout_needles=None):
    """One result text: what went to stdout (or which needles it held), the needles
    found on stderr, and the exit status."""
    if stdout_needles is not None:
        parts = ["stdout mentions " + show(n) + ": " + ("yes" if n in stdout else "no")
                 for n in stdout_needles]
    else:
        lines = lines_of(stdout)
        parts = ["prints " + ", ".join(show(line) for line in lines) if lines else "prints nothing"]
    parts += ["stderr mentions " + show(n) + ": " + ("yes" if n in stderr else "no")
              for n in stderr_needles]
    return "; ".join(parts) + " [exit " + str(code) + "]"


def not_started(stderr):
    last = stderr.rstrip().splitlines()[-1:]
    return bool(last) and last[0].startswith("NotImplementedError")


def program(args, stderr_needles=(), stdout_needles=None):
    env = dict(os.environ)
    proc = subprocess.run([sys.executable, "-B", "hello_cli.py"] + args, cwd=here, env=env,
                          capture_output=True, text=True, encoding="utf-8", errors="replace")
    if not_started(proc.stderr):
        raise NotImplementedError
    if proc.returncode not in (0, 2):
        sys.stderr.write(proc.stderr)
    return describe(proc.stdout, proc.stderr, proc.returncode, stderr_needles, stdout_needles)


def quote(arg):
    return arg if arg and all(c.isalnum() or c in "-_.=" for c in arg) else "'" + arg + "'"


def as_program(args, **needles):
    label = "python hello_cli.py" + "".join(" " + quote(a) for a in args)
    check.case(label, lambda: program(args, **needles), render=str)


as_program([])
as_program(["--name", "Ada"])
as_program(["--name", "Zoë Ångström"])
as_program(["--name", "van Rossum"])
as_program(["--name", "Grace Hopper", "--shout"])
as_program(["--shout"])
as_program(["--shout", "--name", "Straße"])
as_program(["--times", "3", "--name", "Bo"])
as_program(["--times", "1", "--name", "Solo"])
as_program(["--times", "12", "--name", "Z"])
as_program(["--shout", "--times", "2", "--name", "ok"])
as_program(["--times", "x"], stderr_needles=(USAGE, "--times"))
as_program(["--times", "1.5"], stderr_needles=(USAGE, "--times"))
as_program(["--times", "0"], stderr_needles=(USAGE, "--times"))
as_program(["--times", "-2", "--name", "Neg"], stderr_needles=(USAGE, "--times"))
as_program(["--nmae", "Ada"], stderr_needles=(USAGE,))
as_program(["--help"], stdout_needles=("--name", "--shout", "--times"))

# ------------------------------------------------------------ main(argv) in-process ---
DECOY = ["hello_cli.py", "--name", "FromSysArgv"]


def call_main(*call_args):
    """Call main(*call_args) with sys.argv set to DECOY, capturing both streams."""
    out, err = io.StringIO(), io.StringIO()
    saved = sys.argv
    sys.argv = list(DECOY)
    code = 0
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                mod.main(*call_args)
            except SystemExit as exc:
                code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    finally:
        sys.argv = saved
    return out.getvalue(), err.getvalue(), code


def in_process(label, call_args, stderr_needles=()):
    def run():
        stdout, stderr, code = call_main(*call_args)
        return describe(stdout, stderr, code, stderr_needles)
    check.case(label, run, render=str)


check.line("in-process calls below run with sys.argv = " + show(DECOY))
in_process("main(['--name', 'Ada', '--times', '2'])", (["--name", "Ada", "--times", "2"],))
in_process("main(['--shout'])", (["--shout"],))
in_process("main([])", ([],))
in_process("main(['--times', '0'])", (["--times", "0"],), stderr_needles=(USAGE, "--times"))
in_process("main() (argv None: reads sys.argv[1:])", ())
check.done()
