"""Day 30 — alternative: a Request dataclass, a Stats value object, and a list of blocks."""

import csv
from dataclasses import dataclass
from operator import attrgetter


@dataclass(frozen=True)
class Request:
    at: float
    endpoint: str
    status: int
    latency: float

    @property
    def failed(self):
        return self.status == 0 or self.status >= 500

    @property
    def answered(self):
        return self.status != 0


def nearest_rank(values, p):
    if not values:
        return None
    values = sorted(values)
    n = len(values)
    rank = -(-p * n // 100)  # ceil without floats
    return values[min(max(rank, 1), n) - 1]


def fmt_ms(value):
    return "n/a" if value is None else "%.1f" % value


class Stats:
    def __init__(self, requests):
        self.requests = list(requests)
        self.count = len(self.requests)
        self.errors = sum(1 for r in self.requests if r.failed)
        answered = [r.latency for r in self.requests if r.answered]
        self.p50 = nearest_rank(answered, 50)
        self.p95 = nearest_rank(answered, 95)

    @property
    def error_rate(self):
        return "%.2f%%" % (self.errors * 100 / self.count)


def load(path):
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        at = {name.strip(): i for i, name in enumerate(header)}
        return [Request(float(r[at["timestamp"]]), r[at["endpoint"]], int(r[at["status"]]), float(r[at["latency_ms"]]))
                for r in reader if r]


def build_report(csv_path, title):
    requests = sorted(load(csv_path), key=attrgetter("at"))
    stats = Stats(requests)
    start, end = requests[0].at, requests[-1].at
    throughput = "n/a" if end == start else "%.1f req/s" % (stats.count / (end - start))
    blocks = [
        ["# Postmortem: " + title],
        ["## Summary", "Numbers from the load test.",
         "- Requests: %d" % stats.count,
         "- Errors: %d (%s)" % (stats.errors, stats.error_rate),
         "- Throughput: " + throughput,
         "- Latency p50: %s ms" % fmt_ms(stats.p50),
         "- Latency p95: %s ms" % fmt_ms(stats.p95)],
    ]
    buckets = {}
    for r in requests:
        buckets.setdefault(int((r.at - start) // 10), []).append(r)
    timeline = ["## Timeline"]
    for k in range(max(buckets) + 1):
        part = Stats(buckets.get(k, []))
        timeline.append("- %d-%d s: %d requests, %d errors" % (10 * k, 10 * k + 10, part.count, part.errors))
    blocks.append(timeline)
    per = {}
    for r in requests:
        per.setdefault(r.endpoint, []).append(r)
    table = ["## Performance", "| Endpoint | Requests | Errors | Error rate | p50 (ms) | p95 (ms) |", "|:--|--:|--:|--:|--:|--:|"]
    ranked = []
    for name in sorted(per):
        s = Stats(per[name])
        table.append("| %s | %d | %d | %s | %s | %s |" % (name, s.count, s.errors, s.error_rate, fmt_ms(s.p50), fmt_ms(s.p95)))
        ranked.append((-s.errors, name, s))
    blocks.append(table)
    errors, name, s = min(ranked)
    cause = "Most errors: none" if errors == 0 else "Most errors: %s (%d of %d requests)" % (name, s.errors, s.count)
    blocks.append(["## Root cause", cause])
    blocks.append(["## Action items", "- [ ] Fix the root cause above", "- [ ] Add a latency SLO alert at p95"])
    return "\n\n".join("\n".join(block) for block in blocks) + "\n"
