"""Day 30 — reference solution: a postmortem & performance report from load-test results."""

import csv
import math
from collections import Counter, defaultdict

WINDOW = 10  # seconds per timeline line
SECTIONS = ("Summary", "Timeline", "Performance", "Root cause", "Action items")


def is_error(status):
    return status == 0 or status >= 500


def percentile(values, p):
    """Nearest-rank: the smallest value with at least p% of the values at or below it."""
    ordered = sorted(values)
    rank = math.ceil(p / 100 * len(ordered))
    return ordered[max(rank, 1) - 1]


def ms(values, p):
    return f"{percentile(values, p):.1f}" if values else "n/a"


def read_rows(csv_path):
    with open(csv_path, newline="", encoding="utf-8") as f:
        return [
            (float(row["timestamp"]), row["endpoint"], int(row["status"]), float(row["latency_ms"]))
            for row in csv.DictReader(f)
        ]


def build_report(csv_path, title):
    rows = read_rows(csv_path)
    total = len(rows)
    errors = sum(is_error(status) for _, _, status, _ in rows)
    latencies = [latency for _, _, status, latency in rows if status != 0]
    first = min(t for t, _, _, _ in rows)
    last = max(t for t, _, _, _ in rows)
    duration = last - first
    throughput = f"{total / duration:.1f} req/s" if duration > 0 else "n/a"

    lines = [f"# Postmortem: {title}", "", "## Summary", "",
             f"- Requests: {total}",
             f"- Errors: {errors} ({100 * errors / total:.2f}%)",
             f"- Throughput: {throughput}",
             f"- Latency p50: {ms(latencies, 50)} ms",
             f"- Latency p95: {ms(latencies, 95)} ms",
             "", "## Timeline", ""]

    windows = Counter()
    window_errors = Counter()
    for t, _, status, _ in rows:
        k = int((t - first) // WINDOW)
        windows[k] += 1
        window_errors[k] += is_error(status)
    for k in range(max(windows) + 1):
        lines.append(f"- {k * WINDOW}-{(k + 1) * WINDOW} s: {windows[k]} requests, {window_errors[k]} errors")

    lines += ["", "## Performance", "",
              "| Endpoint | Requests | Errors | Error rate | p50 (ms) | p95 (ms) |",
              "|---|---|---|---|---|---|"]
    by_endpoint = defaultdict(list)
    for row in rows:
        by_endpoint[row[1]].append(row)
    for endpoint in sorted(by_endpoint):
        group = by_endpoint[endpoint]
        bad = sum(is_error(status) for _, _, status, _ in group)
        answered = [latency for _, _, status, latency in group if status != 0]
        lines.append(f"| {endpoint} | {len(group)} | {bad} | {100 * bad / len(group):.2f}% "
                     f"| {ms(answered, 50)} | {ms(answered, 95)} |")

    worst = None
    for endpoint in sorted(by_endpoint):
        bad = sum(is_error(status) for _, _, status, _ in by_endpoint[endpoint])
        if bad and (worst is None or bad > worst[1]):
            worst = (endpoint, bad, len(by_endpoint[endpoint]))
    lines += ["", "## Root cause", ""]
    if worst is None:
        lines.append("Most errors: none")
    else:
        lines.append(f"Most errors: {worst[0]} ({worst[1]} of {worst[2]} requests)")
        lines.append("")
        lines.append(f"{worst[0]} failed most often under load; see its p95 in the table above.")
    lines += ["", "## Action items", "",
              "- [ ] Add an alert on the error rate of the worst endpoint",
              "- [ ] Re-run this load test after the fix and compare p95",
              ""]
    return "\n".join(lines)
