"""Hidden check for day30/postmortem_report: one line per case.

The check writes load-test results of its own (CSV files in the working directory,
made with a seeded random.Random, or by hand for the edge cases), calls the learner's
build_report(csv_path, title) on each, and parses the Markdown it returns: the title
line, the order of the ## sections, the Summary bullets, the Timeline lines, the
Performance table and the "Most errors:" line. It prints what it found as text, so
every wrong figure shows in the diff. No wall clock is read anywhere.
"""
import os
import random
import re

from pygrade_check import Check, show

check = Check()
mod = check.load("report/postmortem.py", name="postmortem")
if not check.need(mod, "build_report"):
    check.done()

SECTIONS = ["Summary", "Timeline", "Performance", "Root cause", "Action items"]
HEADER = ["Endpoint", "Requests", "Errors", "Error rate", "p50 (ms)", "p95 (ms)"]
COLUMNS = ["timestamp", "endpoint", "status", "latency_ms"]


def write_csv(name, rows, columns=COLUMNS):
    """rows: dicts of strings, keyed by column."""
    with open(name, "w", encoding="utf-8", newline="") as f:
        f.write(",".join(columns) + "\r\n")
        for row in rows:
            f.write(",".join(row[c] for c in columns) + "\r\n")
    return name


def row(ms_offset, start_ms, endpoint, status, latency):
    return {"timestamp": "%.3f" % ((start_ms + ms_offset) / 1000), "endpoint": endpoint,
            "status": str(status), "latency_ms": latency}


def offsets(rng, span_ms, gap=None):
    """A millisecond offset in [0, span), never within 2 ms of a 10 s window edge and
    never inside `gap` (a quiet window)."""
    while True:
        value = rng.randrange(1, span_ms)
        if value % 10000 < 3 or value % 10000 > 9997:
            continue
        if gap and gap[0] <= value < gap[1]:
            continue
        return value


def big_run():
    rng = random.Random(2026)
    start = 7250
    rows = [row(0, start, "/search", 200, "88.0")]
    for _ in range(1496):
        pick = rng.random()
        endpoint = "/search" if pick < 0.5 else "/cart" if pick < 0.8 else "/checkout"
        r = rng.random()
        if endpoint == "/checkout":
            status = 500 if r < 0.10 else 0 if r < 0.14 else 404 if r < 0.18 else 200
        elif endpoint == "/cart":
            status = 503 if r < 0.02 else 404 if r < 0.05 else 200
        else:
            status = 0 if r < 0.01 else 400 if r < 0.04 else 200
        base = {"/search": 40, "/cart": 60, "/checkout": 150}[endpoint]
        latency = "30000.0" if status == 0 else "%.1f" % (base + rng.randrange(0, 15000) * (rng.random() ** 3) / 10)
        rows.append(row(offsets(rng, 45000, gap=(20000, 30000)), start, endpoint, status, latency))
    for _ in range(3):
        rows.append(row(offsets(rng, 45000, gap=(20000, 30000)), start, "/export", 0, "30000.0"))
    rng.shuffle(rows)
    return write_csv("load-black-friday.csv", rows)


def tie_run():
    rows = [
        {"timestamp": "104.750", "endpoint": "/b", "status": "500", "latency_ms": "40.0"},
        {"timestamp": "100.000", "endpoint": "/a", "status": "200", "latency_ms": "10.0"},
        {"timestamp": "101.250", "endpoint": "/a", "status": "0", "latency_ms": "30000.0"},
        {"timestamp": "103.000", "endpoint": "/b", "status": "200", "latency_ms": "20.0"},
        {"timestamp": "102.500", "endpoint": "/a", "status": "404", "latency_ms": "30.0"},
        {"timestamp": "112.000", "endpoint": "/b", "status": "503", "latency_ms": "90.0"},
        {"timestamp": "125.500", "endpoint": "/a", "status": "502", "latency_ms": "50.0"},
    ]
    return write_csv("load-small.csv", rows, columns=["latency_ms", "status", "endpoint", "timestamp"])


def single_run():
    return write_csv("load-single.csv", [{"timestamp": "3.500", "endpoint": "/health", "status": "200",
                                          "latency_ms": "4.2"}])


def quiet_run():
    rng = random.Random(7)
    rows = []
    for _ in range(210):
        endpoint = "/search" if rng.random() < 0.7 else "/health"
        status = 404 if rng.random() < 0.1 else 200
        rows.append(row(offsets(rng, 38000), 1000, endpoint, status, "%.1f" % (5 + rng.randrange(0, 2000) / 10)))
    return write_csv("load-quiet.csv", rows)


# -- reading the report ------------------------------------------------------------------------


class Report:
    def __init__(self, text):
        self.lines = [line.rstrip() for line in text.splitlines()]
        self.sections = {}
        self.order = []
        current = None
        for line in self.lines:
            if line.startswith("## "):
                current = line[3:].strip()
                self.order.append(current)
                self.sections.setdefault(current, [])
            elif current is not None:
                self.sections[current].append(line.strip())

    def title(self):
        for line in self.lines:
            if line.strip():
                return line.strip()
        return ""

    def section(self, name):
        if name not in self.sections:
            raise Missing("no `## " + name + "` section")
        return self.sections[name]


class Missing(Exception):
    pass


def report_for(path, title):
    text = mod.build_report(path, title)
    if not isinstance(text, str):
        raise Missing("build_report returned " + show(text) + ", expected the report as a str")
    return Report(text)


reports = {}


def case(label, key, path_maker, title, judge):
    def run():
        if key not in reports:
            reports[key] = None
            reports[key] = report_for(path_maker(), title)
        report = reports[key]
        if report is None:
            return "no report (see the first case of this run)"
        try:
            return judge(report, title)
        except Missing as exc:
            return str(exc)

    def guarded():
        try:
            return run()
        except Missing as exc:
            return str(exc)

    check.case(label, guarded, render=str)


def structure(report, title):
    first = report.title()
    title_ok = first == "# Postmortem: " + title
    return ("title line " + ("ok" if title_ok else "is " + show(first[:60])) + "; sections "
            + show(report.order))


def bullet(lines, name):
    pattern = re.compile(r"^- " + re.escape(name) + r":\s*(.*)$")
    for line in lines:
        match = pattern.match(line)
        if match:
            return match.group(1).strip()
    return "(no `- " + name + ":` line)"


def summary(report, _):
    lines = report.section("Summary")
    names = ["Requests", "Errors", "Throughput", "Latency p50", "Latency p95"]
    return " | ".join(n + ": " + bullet(lines, n) for n in names)


def timeline(report, _):
    items = [line[2:].strip() for line in report.section("Timeline") if line.startswith("- ")]
    return "; ".join(items) if items else "no `- ` lines"


def cells(line):
    return [c.strip() for c in line.strip().strip("|").split("|")]


def performance(report, _):
    table = [line for line in report.section("Performance") if line.startswith("|")]
    if not table:
        return "no table"
    header = cells(table[0])
    rows = [cells(line) for line in table[1:] if not set(line.replace("|", "").replace(" ", "")) <= set("-:")]
    text = "header " + ("ok" if header == HEADER else show(header)) + "; "
    return text + "; ".join(" ".join(r) for r in rows)


def root_cause(report, _):
    for line in report.section("Root cause"):
        if line.startswith("Most errors:"):
            return line
    return "no `Most errors:` line"


def actions(report, _):
    items = [line for line in report.section("Action items") if line.startswith("- [ ] ")]
    return "checkbox items: " + ("at least one" if items else "none")


BIG = "Black Friday rehearsal — 2026-11-27"
for label, judge in (("title and sections", structure), ("summary", summary), ("timeline", timeline),
                     ("performance table", performance), ("root cause", root_cause), ("action items", actions)):
    case("big run: " + label, "big", big_run, BIG, judge)

SMALL = "Small run, columns reordered"
for label, judge in (("summary", summary), ("timeline", timeline), ("performance table", performance),
                     ("root cause", root_cause)):
    case("small run: " + label, "small", tie_run, SMALL, judge)

ONE = "One request"
for label, judge in (("title and sections", structure), ("summary", summary), ("timeline", timeline),
                     ("performance table", performance), ("root cause", root_cause)):
    case("single request: " + label, "one", single_run, ONE, judge)

QUIET = "A quiet night"
for label, judge in (("summary", summary), ("performance table", performance), ("root cause", root_cause),
                     ("action items", actions)):
    case("quiet run: " + label, "quiet", quiet_run, QUIET, judge)

for name in ("load-black-friday.csv", "load-small.csv", "load-single.csv", "load-quiet.csv"):
    if os.path.exists(name):
        os.remove(name)
check.done()
