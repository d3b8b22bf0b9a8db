"""Compile the learner's .pyx with the real Cython and the system C compiler, and read
Cython's annotation (`cython -a`) to tell C-only loop lines from Python-object ones."""
import html
import importlib.machinery
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import sysconfig

# Calls a loop line may make: raising an error (division by zero, an index out of
# bounds) and Cython's C helpers for `%`, `//`, `**` and overflow checks. Anything else named Py*/__Pyx_*
# works on Python objects (arithmetic, conversions, reference counts, lookups).
ALLOWED = re.compile(
    r"^(PyErr_SetString|PyErr_Format|PyErr_Occurred|__Pyx_ErrOccurredWithGIL"
    r"|__Pyx_RaiseBufferIndexError|__Pyx_(mod|div|pow)_\w+|__Pyx_\w+_checking_overflow)$"
)
CALL = re.compile(r"\b(__Pyx_\w+|Py[A-Za-z]*_\w+)\s*\(")


def find_compiler():
    for name in (os.environ.get("CC"), "cc", "gcc", "clang"):
        if name and shutil.which(name.split()[0]):
            return name.split()
    return None


def build(pyx_path, build_dir, module):
    """Returns (module path, None) or (None, (stage, message))."""
    os.makedirs(build_dir, exist_ok=True)
    source = os.path.join(build_dir, module + ".pyx")
    shutil.copyfile(pyx_path, source)
    done = subprocess.run(
        [sys.executable, "-m", "cython", "-3", "-a", module + ".pyx", "-o", module + ".c"],
        cwd=build_dir, capture_output=True, text=True, timeout=120,
    )
    if done.returncode != 0:
        return None, ("Cython", (done.stderr or done.stdout).strip())
    include = sysconfig.get_paths()["include"]
    target = module + (sysconfig.get_config_var("EXT_SUFFIX") or ".so")
    cmd = find_compiler() + ["-shared", "-fPIC", "-O1", "-w", "-I" + include, module + ".c", "-o", target]
    if sys.platform == "darwin":
        cmd[1:1] = ["-undefined", "dynamic_lookup"]
    done = subprocess.run(cmd, cwd=build_dir, capture_output=True, text=True, timeout=120)
    if done.returncode != 0:
        return None, ("the C compiler", (done.stderr or done.stdout).strip())
    return os.path.join(build_dir, target), None


def load(path, module):
    loader = importlib.machinery.ExtensionFileLoader(module, path)
    spec = importlib.util.spec_from_file_location(module, path, loader=loader)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[module] = mod
    loader.exec_module(mod)
    return mod


# -- the annotation ------------------------------------------------------------------------
_LINE = re.compile(
    r'<pre class="cython line score-(\d+)"[^>]*>.*?<span class="">(\d+)</span>:.*?</pre>'
    r"\s*(?:<pre class=['\"]cython code[^>]*>(.*?)</pre>)?",
    re.S,
)


def line_calls(html_path):
    """{line number: [Python API calls in that line's C code]} from `cython -a`."""
    with open(html_path, encoding="utf-8") as f:
        text = f.read()
    calls = {}
    for m in _LINE.finditer(text):
        code = html.unescape(re.sub(r"<[^>]+>", "", m.group(3) or ""))
        calls[int(m.group(2))] = sorted(set(CALL.findall(code)))
    return calls


_STRING = re.compile(r"'''.*?'''|\"\"\".*?\"\"\"|'(?:\\.|[^'\\\n])*'|\"(?:\\.|[^\"\\\n])*\"", re.S)


def _code_only(source):
    """The source with string literals blanked and comments cut, line numbers kept."""
    blanked = _STRING.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), source)
    return [re.sub(r"#.*", "", line).rstrip() for line in blanked.split("\n")]


def loop_lines(source):
    """Line numbers (1-based) of every for/while statement with its whole block, and of
    every line holding a comprehension or generator expression."""
    lines = _code_only(source)
    found = set()
    for idx, line in enumerate(lines):
        stripped = line.strip()
        if re.match(r"(for|while)\b", stripped) and stripped.endswith(":"):
            indent = len(line) - len(line.lstrip())
            found.add(idx + 1)
            for k in range(idx + 1, len(lines)):
                body = lines[k]
                if not body.strip():
                    continue
                if len(body) - len(body.lstrip()) <= indent:
                    break
                found.add(k + 1)
        elif re.search(r"[\[({].*\bfor\b.+\bin\b", stripped):
            found.add(idx + 1)
    return sorted(found)


def python_in_loops(source, html_path):
    """(number of loop lines, {line: [offending calls]})."""
    calls = line_calls(html_path)
    loops = loop_lines(source)
    bad = {}
    for n in loops:
        offending = [c for c in calls.get(n, []) if not ALLOWED.match(c)]
        if offending:
            bad[n] = offending
    return len(loops), bad
