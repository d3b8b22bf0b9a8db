"""Grader-owned helpers: run mypy --strict on a learner file, and find the escape
hatches that would make it quiet without making the code right.

mypy is pinned (requirements.toml), so its error codes are stable; the case lines
still show only line numbers and codes, and the full messages go to stderr, where
pygrade shows them to the learner without making them part of the diff.
"""

import ast
import io
import os
import re
import subprocess
import sys
import tempfile
import tokenize

_HERE = os.path.dirname(os.path.abspath(__file__))
_ERROR = re.compile(r"^(?P<path>.+?):(?P<line>\d+): error: (?P<message>.*?)(?:  \[(?P<code>[a-z0-9-]+)\])?$")
_IGNORE = re.compile(r"type:\s*ignore")
_INLINE_CONFIG = re.compile(r"^#\s*mypy:")
_FORBIDDEN_NAMES = {"Any", "cast", "no_type_check", "no_type_check_decorator"}


def escape_hatches(filename):
    """Where the file silences mypy instead of satisfying it: ["line 12: # type: ignore", ...]."""
    with open(filename, encoding="utf-8") as f:
        source = f.read()
    found = []
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.COMMENT:
            if _IGNORE.search(token.string):
                found.append((token.start[0], "# type: ignore"))
            elif _INLINE_CONFIG.match(token.string):
                found.append((token.start[0], "# mypy: comment"))
    for node in _nodes_with_string_annotations(ast.parse(source, filename)):
        if isinstance(node, ast.Name) and node.id in _FORBIDDEN_NAMES:
            found.append((node.lineno, node.id))
        elif isinstance(node, ast.Attribute) and node.attr in _FORBIDDEN_NAMES:
            found.append((node.lineno, node.attr))
        elif isinstance(node, ast.ImportFrom):
            found.extend((node.lineno, alias.name) for alias in node.names if alias.name in _FORBIDDEN_NAMES)
    return ["line %d: %s" % item for item in sorted(set(found))]


def _nodes_with_string_annotations(tree):
    """Every node of `tree`, plus the parsed insides of quoted annotations such as
    `x: "typing.Any"`, which mypy reads but ast sees as a plain string."""
    for node in ast.walk(tree):
        yield node
        annotations = []
        if isinstance(node, ast.arg):
            annotations.append(node.annotation)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            annotations.append(node.returns)
        elif isinstance(node, ast.AnnAssign):
            annotations.append(node.annotation)
        for annotation in annotations:
            for inner in ast.walk(annotation) if annotation is not None else ():
                if isinstance(inner, ast.Constant) and isinstance(inner.value, str):
                    try:
                        parsed = ast.parse(inner.value.strip(), mode="eval")
                    except SyntaxError:
                        continue
                    for quoted in ast.walk(parsed):
                        if hasattr(quoted, "lineno"):
                            quoted.lineno = inner.lineno  # report the annotation's line
                        yield quoted


def mypy_strict(check, filename):
    """Run the real mypy on `filename` (relative to cwd). Returns (ran, errors) where
    errors are "line N [code]" strings for that file; mypy's full report becomes a
    check note for the learner."""
    with tempfile.TemporaryDirectory() as cache:  # honours TMPDIR: nothing outside the run
        proc = subprocess.run(
            [
                sys.executable, "-m", "mypy", "--strict",
                "--config-file", os.path.join(_HERE, "pygrade_mypy.ini"),
                "--no-incremental", "--cache-dir", cache,
                "--no-error-summary", "--hide-error-context", "--show-error-codes",
                "--no-color-output", "--no-pretty",
                filename,
            ],
            capture_output=True,
            text=True,
        )
    # Full messages for the learner (shown, never diffed).
    if proc.stdout.strip() or proc.stderr.strip():
        check.note("mypy --strict " + filename + " says:\n" + proc.stdout + proc.stderr)
    if proc.returncode not in (0, 1):  # 2: mypy itself failed (bad flag, crash)
        return False, []
    errors = []
    for line in proc.stdout.splitlines():
        match = _ERROR.match(line)
        if match and os.path.basename(match["path"]) == os.path.basename(filename):
            errors.append("line %s [%s]" % (match["line"], match["code"] or "misc"))
    return True, errors


def report(check, filename):
    """The two case lines every mypy exercise ends with, plus one line per mypy error
    so the diff points at each place to fix."""
    check.case(
        "escape hatches in " + filename + " (Any, cast, no_type_check, # type: ignore, # mypy:)",
        lambda: ", ".join(escape_hatches(filename)) or "none",
        render=str,
    )
    ran, errors = mypy_strict(check, filename)
    if not ran:
        verdict = "mypy did not run (see its output below)"
    else:
        verdict = "no" if errors else "yes"
    check.case("mypy --strict " + filename + " is clean", lambda: verdict, render=str)
    for error in errors:
        check.line("  mypy: " + error)
