"""Day 30 — Write final postmortem & performance report.

A load test leaves a CSV of requests; a postmortem turns it into numbers people can act
on. Write `build_report(csv_path, title) -> str`: the report as Markdown text.

The CSV has a header row; find the columns BY NAME (their order varies):
    timestamp   seconds (float) when the request was sent
    endpoint    e.g. /checkout
    status      HTTP status (int); 0 means no response at all (timeout, refused)
    latency_ms  float
Rows are not necessarily in time order.

Definitions (exact: the check recomputes them):
* error: status 0 or status >= 500 (a 4xx is an answer, not an error).
* error rate: 100 * errors / requests, with 2 decimals and a % sign: "2.85%".
* throughput: requests / (last timestamp - first timestamp), 1 decimal, " req/s";
  "n/a" when that duration is 0.
* p50 / p95: NEAREST-RANK percentiles of latency_ms over the requests that got a
  response (status != 0): sort them, take the value at 1-based rank ceil(p/100 * n).
  Always one of the observed values (no interpolation); 1 decimal; "n/a" if n == 0.

The report, in this order (blank lines between blocks are free):
    # Postmortem: <title>
    ## Summary
    - Requests: 2000
    - Errors: 57 (2.85%)
    - Throughput: 33.3 req/s
    - Latency p50: 120.5 ms
    - Latency p95: 880.1 ms
    ## Timeline
    - 0-10 s: 311 requests, 2 errors        one line per 10-second window, counted
    - 10-20 s: 0 requests, 0 errors         from the FIRST timestamp: window k holds
    ...                                     first + 10k <= t < first + 10(k+1); every
                                            window up to the last request, empty ones too
    ## Performance
    | Endpoint | Requests | Errors | Error rate | p50 (ms) | p95 (ms) |
    |---|---|---|---|---|---|
    | /cart | 600 | 4 | 0.67% | 98.2 | 310.0 |       one row per endpoint, sorted by name
    ## Root cause
    Most errors: /checkout (45 of 300 requests)     the endpoint with the most errors
                                                    (a tie: the first by name); with no
                                                    errors at all: "Most errors: none"
    ## Action items
    - [ ] at least one checkbox item

You may add prose under any heading; the lines above must be there as shown.
"""

import csv  # noqa: F401
import math  # noqa: F401


def build_report(csv_path, title):
    # Your code here: replace the line below.
    raise NotImplementedError("build_report")
