"""Hidden check for day07/csv_cleaner: one line per case.

Three ways in:

* the two cleaning functions, called here on rows the learner never sees;
* the tool as a program: `python csv_cleaner.py ARGS` in a fresh interpreter, on the
  fixture files, the way a user runs it. Every byte it writes is shown (as `cat -A`
  does: `$` ends a line, `^M` is a carriage return, `^I` a tab), because the contract
  fixes the line endings;
* `main(argv)` called here while sys.argv holds other arguments, so a main() that
  ignores its argv parameter, or exits instead of returning its status, shows.
"""
import os

from pygrade_check import Check, Verdict, show
from pygrade_cli import call_main, quote, run_program

check = Check()
mod = check.load("csv_cleaner.py")
if not check.need(mod, "normalize_header", "clean_rows", "main"):
    check.done()
here = check.workdir


def kind(value):
    return "None" if value is None else "a " + type(value).__name__


# -- normalize_header -------------------------------------------------------------------
def header_case(name):
    def run():
        got = mod.normalize_header(name)
        if not isinstance(got, str):
            raise Verdict("returned " + kind(got) + ", expected a str")
        return got

    check.case("normalize_header(" + show(name) + ")", run)


for name in [
    "  E-mail Address ",
    "Unit Price ($)",
    "LAST NAME",
    "order__id",
    "__Order _ ID__",
    "Qty\t(2024)",
    "Ville / Città",
    "ÉTAT",
    "数量 (件)",
    "Straße",
    "ﬁle Name",
    " -- ",
]:
    header_case(name)


# -- clean_rows ---------------------------------------------------------------------------
def cleaned(rows):
    got = mod.clean_rows(rows)
    if not isinstance(got, list):
        raise Verdict("returned " + kind(got) + ", expected a list of rows")
    for row in got:
        if not isinstance(row, list) or not all(isinstance(cell, str) for cell in row):
            raise Verdict("returned a row " + show(row) + ", expected a list of str")
    return got


def rows_case(label, rows):
    check.case("clean_rows(" + label + ")", lambda: cleaned(rows))


rows_case(
    "padded cells, a repeated row, blank rows",
    [[" Name ", "City "], [" Ada", "London "], ["", " "], ["Bob", "Paris"], ["Ada ", " London"], []],
)
rows_case("blank rows before the header", [[], ["  ", "\t"], ["", ""], ["Id", "Qty"], ["a1", "3"]])
rows_case("cells padded with tabs and no-break spaces", [["id", "name"], ["1", "\tAda\u00a0"], ["2", " \u00a0Bob\t"]])
rows_case("rows that differ only in case", [["sku", "colour"], ["X1", "red"], ["x1", "red"], ["X1", "Red"], ["x1", "red"]])
rows_case(
    "rows whose cells join to the same text",
    [["a", "b"], ["p,q", "r"], ["p", "q,r"], ["pq", "r"], ["p", "qr"], ["p q", "r"], ["p", "q r"]],
)
rows_case("data rows equal to the header row", [["sku", "size"], ["sku", "size"], ["X1", "M"], ["sku", "size"]])
rows_case("rows of different lengths", [["a", "b", "c"], ["1"], ["1", ""], ["2", "3", "4", "5"], ["1", "", ""]])
rows_case("a header only", [["  Order ID ", " Unit Price ($) ", "Qty"]])
rows_case("no rows", [])
rows_case("only empty rows", [[], ["", ""], [" "]])


def from_generator():
    source = ([cell for cell in row] for row in [["A B", "c"], ["1", "2"], ["1", "2 "], ["3", "4"]])
    return cleaned(source)


check.case("clean_rows(a generator of rows, as csv.reader gives)", from_generator)


def input_untouched():
    rows = [[" Name ", " Age"], ["  Ada ", " 36"], ["  Ada ", " 36"], ["", ""]]
    copy = [list(row) for row in rows]
    result = cleaned(rows)
    return rows == copy and all(a is not b for a in result for b in rows)


check.case("clean_rows leaves its input rows as they were, and returns new lists", input_untouched)


# -- the program ----------------------------------------------------------------------------
def cat_a(data):
    """Bytes as `cat -A` would show them, one text line per line."""
    text = data.decode("utf-8", errors="replace")
    if not text:
        return ["(empty)"]
    lines = text.split("\n")
    shown = [line.replace("\r", "^M").replace("\t", "^I") + "$" for line in lines[:-1]]
    if lines[-1]:
        shown.append(lines[-1].replace("\r", "^M").replace("\t", "^I") + "[no newline at the end]")
    return shown




shown_inputs = set()


def show_input(name):
    """The fixture's bytes as context lines, the first time a case uses it."""
    if name in shown_inputs or not os.path.isfile(os.path.join(here, name)):
        return
    shown_inputs.add(name)
    with open(os.path.join(here, name), "rb") as f:
        for line in cat_a(f.read()):
            check.line("    " + name + " < " + line)


def created(path):
    return os.path.exists(os.path.join(here, path))


def written(path):
    with open(os.path.join(here, path), "rb") as f:
        return f.read()


def describe_stderr(stderr, names):
    lines = stderr.strip().splitlines()
    crashed = "Traceback" in stderr
    parts = [] if crashed else [str(len(lines)) + (" line" if len(lines) == 1 else " lines")]
    if lines and not crashed:
        parts.append("starts with 'error:': " + ("yes" if lines[0].startswith("error:") else "no"))
    for name in names:
        parts.append("names " + name + ": " + ("yes" if name in stderr else "no"))
    parts.append("Traceback: " + ("yes" if crashed else "no"))
    return "stderr " + ", ".join(parts)


def program_case(args, output=None, error_names=(), usage=False, help_words=()):
    """Run the program. Prints the case line (exit, stdout, stderr summary), then the
    bytes written (stdout, or OUTPUT) as lines of their own."""
    label = "python csv_cleaner.py" + "".join(" " + quote(a) for a in args)
    if args and not args[0].startswith("-"):
        show_input(args[0])
    if output and created(output):
        os.remove(os.path.join(here, output))
    body = []

    def run():
        stdout, stderr, code = run_program("csv_cleaner.py", args, here)
        parts = ["[exit " + str(code) + "]"]
        if help_words:
            text = stdout.decode("utf-8", errors="replace")
            parts += ["stdout mentions " + show(w) + ": " + ("yes" if w in text.lower() else "no") for w in help_words]
        elif output is None or error_names or usage:
            if stdout:
                parts.append("stdout:")
                body.extend("    stdout | " + line for line in cat_a(stdout))
            else:
                parts.append("stdout empty")
        else:
            parts.append("stdout empty" if not stdout else "stdout NOT empty: " + show(stdout.decode("utf-8", "replace")[:60]))
        if usage:
            parts.append("stderr mentions 'usage:': " + ("yes" if "usage:" in stderr else "no"))
        elif error_names:
            parts.append(describe_stderr(stderr, error_names))
        elif stderr.strip():
            check.note(label + " wrote to stderr:\n" + stderr.replace(here + os.sep, ""))
        if output is not None:
            if created(output):
                parts.append(output + ":" if not error_names else output + " created")
                if not error_names:
                    body.extend("    " + output + " | " + line for line in cat_a(written(output)))
            else:
                parts.append(output + " not created")
        if "Traceback" in stderr:
            check.note(label + " crashed:\n" + stderr.replace(here + os.sep, ""))
        return " ".join(parts[:1]) + " " + ", ".join(parts[1:])

    check.case(label, run, render=str)
    for line in body:
        check.line(line)


program_case(["staff.csv", "-o", "staff_clean.csv"], output="staff_clean.csv")
program_case(["staff.csv"])
program_case(["quoted.csv", "-o", "quoted_clean.csv"], output="quoted_clean.csv")
program_case(["unicode.csv", "-o", "unicode_clean.csv"], output="unicode_clean.csv")
program_case(["crlf.csv"])
program_case(["blank_rows.csv", "-o", "blank_rows_clean.csv"], output="blank_rows_clean.csv")
program_case(["dupes.csv", "--output", "dupes_clean.csv"], output="dupes_clean.csv")
program_case(["header_only.csv", "-o", "header_only_clean.csv"], output="header_only_clean.csv")
program_case(["empty.csv", "-o", "empty_clean.csv"], output="empty_clean.csv")
program_case(["empty.csv"])
program_case(["nope.csv", "-o", "nope_clean.csv"], output="nope_clean.csv", error_names=("nope.csv",))
program_case(["latin1.csv", "-o", "latin1_clean.csv"], output="latin1_clean.csv", error_names=("latin1.csv",))
os.makedirs(os.path.join(here, "folder.csv"), exist_ok=True)  # an INPUT that is not a file
program_case(["folder.csv", "-o", "folder_clean.csv"], output="folder_clean.csv", error_names=("folder.csv",))
program_case(["staff.csv", "-o", "no_such_dir/out.csv"], error_names=("no_such_dir/out.csv",))
program_case([], usage=True)
program_case(["staff.csv", "--dedupe"], usage=True)
program_case(["staff.csv", "-o"], usage=True)
program_case(["--help"], help_words=("usage:", "-o", "--output"))

# -- main(argv), in this process ----------------------------------------------------------
DECOY = ["csv_cleaner.py", "decoy.csv", "-o", "decoy_clean.csv"]
with open(os.path.join(here, "decoy.csv"), "w", encoding="utf-8") as f:
    f.write("From SysArgv\nyes\n")


def ended(called):
    if called.exited:
        return "raised SystemExit(" + show(called.exit_code) + ")"
    return "returned " + show(called.returned)


def in_process(label, call_args, output=None, error=False):
    def run():
        for path in (output, "decoy_clean.csv"):
            if path and created(path):
                os.remove(os.path.join(here, path))
        called = call_main(mod.main, call_args, DECOY)
        stderr = called.stderr
        parts = [ended(called)]
        if error:
            parts.append("stderr starts with 'error:': " + ("yes" if stderr.startswith("error:") else "no"))
        for path in (output, "decoy_clean.csv"):
            if path:
                parts.append(path + (": " + show(written(path).decode("utf-8", "replace")) if created(path) else " not created"))
        return ", ".join(parts)

    check.case(label, run, render=str)


check.line("in-process calls below run with sys.argv = " + show(DECOY))
in_process("main(['dupes.csv', '-o', 'main_clean.csv'])", (["dupes.csv", "-o", "main_clean.csv"],), output="main_clean.csv")
in_process("main(['nope.csv', '-o', 'main_clean.csv'])", (["nope.csv", "-o", "main_clean.csv"],), output="main_clean.csv", error=True)
in_process("main(['staff.csv', '-o', 'no_such_dir/out.csv'])", (["staff.csv", "-o", "no_such_dir/out.csv"],), error=True)
in_process("main([])", ([],))
in_process("main() (argv None: reads sys.argv[1:])", ())
check.done()
