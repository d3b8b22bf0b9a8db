"""Hidden check for day01/hello_cli: one line per case.

Two ways in. As a program: `python hello_cli.py ARGS` in a fresh interpreter, the way a
user runs it (this proves the `__main__` block reads sys.argv). As a function:
`main(argv)` called here with argv given, while sys.argv holds other arguments, so a
main() that ignores its argv parameter shows. Output lines forgive trailing spaces, a
carriage return and trailing blank lines, nothing else.
"""
import sys

from pygrade_check import Check, show
from pygrade_cli import call_main, quote, run_program

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


def program(args, stderr_needles=(), stdout_needles=None):
    stdout, stderr, code = run_program("hello_cli.py", args, here)
    if code not in (0, 2):
        sys.stderr.write(stderr)
    stdout = stdout.decode("utf-8", errors="replace")
    return describe(stdout, stderr, code, stderr_needles, stdout_needles)


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


def in_process(label, call_args, stderr_needles=()):
    def run():
        called = call_main(mod.main, call_args, DECOY)
        return describe(called.stdout, called.stderr, called.status, stderr_needles)
    check.case(label, run, render=str)


check.line("in-process calls below run with sys.argv = " + show(DECOY))
in_process("main(['--name', 'Ada', '--times', '2'])", (["--name", "Ada", "--times", "2"],))
in_process("main(['--shout'])", (["--shout"],))
in_process("main([])", ([],))
in_process("main(['--times', '0'])", (["--times", "0"],), stderr_needles=(USAGE, "--times"))
in_process("main() (argv None: reads sys.argv[1:])", ())
check.done()
