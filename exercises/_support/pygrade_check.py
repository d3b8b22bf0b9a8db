"""Support code shared by every grader-owned check (copied next to check.py per run).

A check prints one line per case; pygrade diffs those lines against expected.txt.
Three things keep that honest and readable:

* Case lines go to a private duplicate of the original stdout. Anything the learner's
  code prints (debug output, tracebacks) is sent to stderr instead, so a stray print
  never corrupts the diff and pygrade can show it separately.
* pygrade writes a one-time token on stdin. ``done()`` echoes it as the last line, so a
  learner file that prints the expected text and exits early cannot pass.
* Values are rendered with ``show()``: deterministic (sets sorted, addresses removed) and
  length-capped, the same on CPython 3.10-3.14.
"""

import importlib.util
import os
import re
import sys
import traceback
import warnings

__all__ = [
    "Check",
    "show",
    "ExpectedError",
    "Verdict",
    "build_class",
    "grader_fault",
    "print_learner_traceback",
]

_ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")
_MAX_REPR = 300


class ExpectedError(Exception):
    """Raised by a check to report a contract violation as that case's result."""


class Verdict(Exception):
    """Raised inside a case to end it early with exactly this text as its result: for
    a learner value of the wrong shape ("returned None, expected a dict"), so that it
    reads as what the learner did, never as an exception of the check."""


def show(value):
    """Deterministic, bounded repr of ``value`` for a case line."""
    text = _show(value, set())
    if len(text) > _MAX_REPR:
        text = text[: _MAX_REPR - 3] + "..."
    return text


def _show(value, active):
    if isinstance(value, (set, frozenset)):
        items = sorted((_show(v, active) for v in value))
        if not items:
            return "set()" if isinstance(value, set) else "frozenset()"
        body = "{" + ", ".join(items) + "}"
        return body if isinstance(value, set) else "frozenset(" + body + ")"
    if isinstance(value, (list, tuple, dict)):
        if id(value) in active:
            return "[...]" if isinstance(value, list) else "(...)" if isinstance(value, tuple) else "{...}"
        active.add(id(value))
        try:
            if isinstance(value, dict):
                body = ", ".join(_show(k, active) + ": " + _show(v, active) for k, v in value.items())
                text = "{" + body + "}"
                return text if type(value) is dict else type(value).__name__ + "(" + text + ")"
            parts = [_show(v, active) for v in value]
            if isinstance(value, list):
                text = "[" + ", ".join(parts) + "]"
            else:
                text = "(" + ", ".join(parts) + ("," if len(parts) == 1 else "") + ")"
            return text if type(value) in (list, tuple) else type(value).__name__ + text
        finally:
            active.discard(id(value))
    try:
        text = repr(value)
    except Exception as exc:  # a learner's broken __repr__ is a result, not a crash
        text = "<repr raised " + type(exc).__name__ + ">"
    return _ADDRESS.sub("", text)


_GRADER_DIR = os.path.dirname(os.path.abspath(__file__))
_TOKEN = ""


def grader_fault(message):
    """End the run as a problem of the grader or the machine (a service that would not
    start, a tool that is missing), never as the learner's error: pygrade reports it as
    a setup problem (exit 2) with ``message``."""
    sys.stderr.write("@@pygrade-fault " + _TOKEN + " " + " / ".join(str(message).splitlines()) + "\n")
    sys.stderr.flush()
    os._exit(3)


_WORKDIR = os.getcwd()


def _through_learner_code(exc):
    """True when ``exc`` was raised in, or passed through, the learner's code: then it
    is theirs to explain. An exception that never touched their code was raised by the
    check itself while reading their value (or by a bug of the check)."""
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename.startswith(_WORKDIR + os.sep):
            return True
        tb = tb.tb_next
    return False


_SIGNATURE = re.compile(
    r"(takes|got an unexpected keyword argument|missing \d+ required|got multiple values"
    r"|takes no arguments|positional-only arguments passed as keyword)"
)


def _signature_mismatch(exc):
    """A TypeError raised by the call itself, before the learner's function ran: its
    parameters are not the ones the contract names (raised in the check's frame, yet
    theirs to fix)."""
    return isinstance(exc, TypeError) and bool(_SIGNATURE.search(str(exc)))


def _unusable(exc):
    """A case result for an exception the check raised on the learner's value: what
    went wrong in words a learner can act on, never the check's own classes."""
    if _signature_mismatch(exc):
        return "cannot be called as the contract says (" + _ADDRESS.sub("", str(exc)).splitlines()[0][:160] + ")"
    kind = type(exc)
    detail = ""
    # These say what shape the value had ('NoneType' object is not subscriptable);
    # other messages may be the check's own words, which can hold expected values.
    if kind in (TypeError, AttributeError, IndexError, KeyError):
        detail = _ADDRESS.sub("", str(exc)).splitlines()[0] if str(exc) else ""
        if len(detail) > 120:
            detail = detail[:117] + "..."
    return "returned a value the check cannot use" + (" (" + detail + ")" if detail else "")


def _uncaught(kind, exc, tb):
    """An exception no case caught. Through the learner's code: their error (traceback
    of their frames). Otherwise the check itself failed: a pygrade bug, not theirs."""
    if _through_learner_code(exc):
        _print_learner_traceback(exc)
        sys.stderr.flush()
        os._exit(1)
    frame = [f for f in traceback.extract_tb(tb) if f.filename.startswith(_GRADER_DIR)]
    where = " at line " + str(frame[-1].lineno) + " of " + os.path.basename(frame[-1].filename) if frame else ""
    grader_fault("pygrade bug: the check itself failed (" + kind.__name__ + where + "); please report it")


def _learner_warnings_only(message, category, filename, lineno, file=None, line=None):
    """Warnings are shown only when they point at the learner's own code: those of the
    check or of libraries it drives are not theirs to fix."""
    if str(filename).startswith(_WORKDIR + os.sep):
        sys.stderr.write(warnings.formatwarning(message, category, filename, lineno, line))


def _print_learner_traceback(exc):
    """Print ``exc``'s traceback with only the learner's frames: the check's source is
    hidden (its lines would give cases away) and importlib's frames are noise. A
    SyntaxError prints as the file, line and caret alone."""
    if isinstance(exc, SyntaxError):
        sys.stderr.write("".join(traceback.format_exception_only(type(exc), exc)))
        return
    top = traceback.TracebackException.from_exception(exc)
    part, seen = top, set()
    while part is not None and id(part) not in seen:  # chained exceptions too
        seen.add(id(part))
        part.stack = traceback.StackSummary.from_list(
            [f for f in part.stack if not f.filename.startswith(("<frozen", _GRADER_DIR))]
        )
        part = part.__cause__ or part.__context__
    sys.stderr.write("".join(top.format()))


def print_learner_traceback(exc):
    """Write ``exc``'s traceback to stderr with only the learner's frames (for grader
    helpers running learner code outside a ``Check``, e.g. in a child process)."""
    _print_learner_traceback(exc)


def build_class(factory):
    """Run a class-building ``factory()``. CPython < 3.12 wraps an exception raised in
    ``__set_name__`` in a RuntimeError; unwrap it so every version prints the same
    line (and an unfinished ``__set_name__`` still reads "not done yet")."""
    try:
        return factory()
    except RuntimeError as exc:
        if exc.__cause__ is not None:
            raise exc.__cause__ from None
        raise


class Check:
    """One grading run. Create it first, before importing any learner code."""

    def __init__(self):
        self._token = sys.stdin.readline().strip()
        global _TOKEN
        _TOKEN = self._token
        # The learner's code gets an empty stdin, as it would in a plain run.
        sys.stdin = open(os.devnull, encoding="utf-8")
        sys.stdout.flush()
        self._out = os.fdopen(os.dup(1), "w", encoding="utf-8", buffering=1)
        os.dup2(2, 1)
        sys.stdout = open(1, "w", encoding="utf-8", buffering=1, closefd=False)
        self._count = 0
        self.failures = 0
        self.workdir = os.getcwd()
        global _WORKDIR
        _WORKDIR = self.workdir
        sys.excepthook = _uncaught
        warnings.showwarning = _learner_warnings_only
        if self.workdir not in sys.path:
            sys.path.insert(0, self.workdir)

    # -- learner code -----------------------------------------------------------------
    def load(self, filename, name=None):
        """Import the learner's file by path. Import errors end the run with the
        learner's traceback, which pygrade shows against their own file."""
        path = os.path.join(self.workdir, filename)
        if not os.path.exists(path):
            sys.stderr.write("pygrade: " + filename + " is missing from the run\n")
            os._exit(1)
        name = name or os.path.splitext(os.path.basename(filename))[0]
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        try:
            spec.loader.exec_module(module)
        except SystemExit as exc:
            sys.stderr.write(
                "pygrade: " + filename + " called sys.exit(" + show(exc.code) + ") while being imported;"
                " a module the check imports should define things, not exit\n"
            )
            sys.stderr.flush()
            os._exit(1)
        except BaseException as exc:
            # No done() token: pygrade reports an error verdict with this traceback.
            _print_learner_traceback(exc)
            sys.stderr.flush()
            os._exit(1)
        return module

    def need(self, module, *names):
        """Fail each missing function as a case line rather than one AttributeError."""
        missing = [n for n in names if not hasattr(module, n)]
        for name in missing:
            self.line("missing: " + name + " is not defined")
        return not missing

    # -- case lines ---------------------------------------------------------------------
    def line(self, text):
        """Print a raw line of check output (headers, notes)."""
        self._out.write(str(text) + "\n")

    def note(self, text):
        """Explain a result to the learner (a tool's report, what differed and why).
        pygrade shows notes under their own heading, apart from the learner's output,
        and never in the diff."""
        for line in str(text).rstrip("\n").split("\n"):
            sys.stderr.write("@@pygrade-note " + line + "\n")
        sys.stderr.flush()

    def _start(self, label):
        """Announce the case on stderr: a run stopped inside it (a timeout) names it."""
        self._count += 1
        sys.stderr.write("@@pygrade-case case " + str(self._count) + ": " + label + "\n")
        sys.stderr.flush()

    def case(self, label, thunk, render=show):
        """Run ``thunk()``; print ``case N: label -> result`` or ``-> raises Type``.
        The learner's traceback goes to stderr so pygrade can show it."""
        self._start(label)
        try:
            result = thunk()
        except Verdict as exc:
            text = str(exc)
        except ExpectedError as exc:
            text = "raises " + str(exc)
        except NotImplementedError:
            text = "raises NotImplementedError (not done yet)"
        except RecursionError:
            text = "raises RecursionError"
        except Exception as exc:
            text = self._exception(label, exc)
        else:
            text = render(result)
        self.line("case " + str(self._count) + ": " + label + " -> " + text)
        return text

    def expect(self, label, thunk, ok, render=show):
        """Like ``case`` but prints ok/wrong after checking ``ok(result)``: for results
        that differ run to run (ids, timings) yet must satisfy a property."""
        self._start(label)
        try:
            result = thunk()
            verdict = "ok" if ok(result) else "wrong: got " + render(result)
        except Verdict as exc:
            verdict = str(exc)
        except NotImplementedError:
            verdict = "raises NotImplementedError (not done yet)"
        except Exception as exc:
            verdict = self._exception(label, exc)
        self.line("case " + str(self._count) + ": " + label + " -> " + verdict)
        return verdict == "ok"

    def raises(self, label, thunk, exc_type):
        """Case that must raise ``exc_type`` (or a subclass)."""
        self._start(label)
        try:
            result = thunk()
        except exc_type:
            text = "raises " + exc_type.__name__
        except NotImplementedError:
            text = "raises NotImplementedError (not done yet)"
        except Verdict as exc:
            text = str(exc)
        except Exception as exc:
            if _through_learner_code(exc):
                text = "raises " + type(exc).__name__ + " (expected " + exc_type.__name__ + ")"
                self._traceback(label)
            else:
                text = _unusable(exc)
        else:
            text = "returned " + show(result) + " (expected " + exc_type.__name__ + ")"
        self.line("case " + str(self._count) + ": " + label + " -> " + text)

    def _exception(self, label, exc):
        """The result of a case that raised: the learner's exception by name (their
        traceback to stderr), or, when the check raised it reading their value, what
        was unusable about that value."""
        if _through_learner_code(exc):
            self._traceback(label)
            return "raises " + type(exc).__name__
        return _unusable(exc)

    def learner_traceback(self, label):
        """Inside an ``except`` block: show the exception being handled to the learner
        as the traceback of case ``label`` (their frames only), as ``case`` does."""
        self._traceback(label)

    def _traceback(self, label):
        sys.stderr.write("@@pygrade-traceback case " + str(self._count) + ": " + label + "\n")
        _print_learner_traceback(sys.exc_info()[1])
        sys.stderr.flush()

    def done(self, status=0):
        """Last call of every check: proves the check ran to its end."""
        sys.stdout.flush()
        sys.stderr.flush()
        self._out.write("@@pygrade-done " + self._token + "\n")
        self._out.flush()
        os._exit(status)
