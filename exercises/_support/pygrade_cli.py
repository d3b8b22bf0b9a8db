"""Support for checks of command-line programs: run the learner's program as a
process, or call its ``main`` in this process with a decoy ``sys.argv``."""

import contextlib
import io
import subprocess
import sys

__all__ = ["quote", "run_program", "call_main"]


def quote(arg):
    """``arg`` as a shell would need it in a case label."""
    return arg if arg and all(c.isalnum() or c in "-_./=" for c in arg) else "'" + arg + "'"


def _not_started(stderr):
    last = stderr.rstrip().splitlines()[-1:]
    return bool(last) and last[0].startswith("NotImplementedError")


def run_program(script, args, cwd):
    """Run ``python -B script args`` in ``cwd`` with empty stdin: (stdout bytes, stderr
    text, exit status). A run the stub's NotImplementedError ended raises it here, so
    the case reads "not done yet"."""
    proc = subprocess.run(
        [sys.executable, "-B", script] + list(args),
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        capture_output=True,
    )
    stderr = proc.stderr.decode("utf-8", errors="replace")
    if _not_started(stderr):
        raise NotImplementedError
    return proc.stdout, stderr, proc.returncode


class Called:
    """How ``main(...)`` ended: what it printed, and its return value or exit code."""

    def __init__(self, stdout, stderr, returned=None, exit_code=None, exited=False):
        self.stdout, self.stderr = stdout, stderr
        self.returned, self.exit_code, self.exited = returned, exit_code, exited

    @property
    def status(self):
        """The exit status a process would have had (SystemExit's, else 0)."""
        if not self.exited:
            return 0
        code = self.exit_code
        return code if isinstance(code, int) else (0 if code is None else 1)


def call_main(main, call_args, argv):
    """Call ``main(*call_args)`` with ``sys.argv`` set to ``argv`` (a decoy: a main
    that ignores its parameter reads it) and both streams captured."""
    out, err = io.StringIO(), io.StringIO()
    saved = sys.argv
    sys.argv = list(argv)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                returned = main(*call_args)
            except SystemExit as exc:
                return Called(out.getvalue(), err.getvalue(), exit_code=exc.code, exited=True)
    finally:
        sys.argv = saved
    return Called(out.getvalue(), err.getvalue(), returned=returned)
