"""Hidden check for day26/json_logging: one line per case.

Records are built by the check (the real Logger.makeRecord, so `extra=` works as in
logging) with fixed creation times, formatted by the learner's JsonFormatter and
parsed back with json. The local time zone is set to UTC+05:30 first, so a timestamp
taken in local time shows. Tracebacks are compared with logging's own
formatException in this interpreter, never printed.
"""
import io
import json
import logging
import os
import re
import sys
import time
from datetime import datetime
from decimal import Decimal
from pathlib import PurePosixPath

os.environ["TZ"] = "XYZ-05:30"  # POSIX rule: local time is UTC+05:30, no tz database needed
time.tzset()

import failing_job
from pygrade_check import Check, Verdict, show


def verdict_case(label, fn):
    """A case whose result is text: fn returns it, or raises Verdict with it."""
    check.case(label, fn, render=str)


check = Check()
mod = check.load("json_logging.py")
if not check.need(mod, "JsonFormatter", "configure_logging"):
    check.done()

REFERENCE = logging.Formatter()


def make_record(name, level, msg, args=(), created=0.0, extra=None, exc_info=None):
    rec = logging.getLogger(name).makeRecord(
        name, level, "/srv/shop/service.py", 42, msg, args, exc_info, func="handle", extra=extra
    )
    rec.created = created
    rec.msecs = (created - int(created)) * 1000  # consistent with created (exact: 1/8 s steps)
    return rec


def exc_info_of(thunk):
    try:
        thunk()
    except Exception:
        return sys.exc_info()
    raise AssertionError("no exception")


def parse(text, exc_info=None):
    """The learner's line -> (object, remarks) or raise Verdict saying what was wrong."""
    if not isinstance(text, str):
        raise Verdict("format returned " + show(text) + ", expected a str")
    remarks = []
    if "\n" in text or "\r" in text:
        remarks.append("[not one line: " + str(text.count("\n")) + " newline(s) in it]")
    try:
        obj = json.loads(text)
    except ValueError:
        raise Verdict("format returned text that is not JSON: " + show(text[:60]))
    if not isinstance(obj, dict):
        raise Verdict("format returned JSON " + show(obj) + ", expected a JSON object")
    if "exception" in obj:
        if exc_info is None:
            obj["exception"] = "<" + show(obj["exception"]) + " although there was no exc_info>"
        elif isinstance(obj["exception"], str) and obj["exception"].rstrip("\n") == REFERENCE.formatException(exc_info):
            obj["exception"] = "<the formatException text>"
        else:
            text_ = str(obj["exception"]).rstrip("\n").splitlines()
            obj["exception"] = "<not the formatException text; ends " + show(text_[-1] if text_ else "") + ">"
    return obj, remarks


FORMATTER = None


def formatter():
    global FORMATTER
    if FORMATTER is None:
        FORMATTER = mod.JsonFormatter()
    return FORMATTER


def fmt_case(label, record_thunk, raw_needle=None):
    def run():
        rec = record_thunk()
        text = formatter().format(rec)
        obj, remarks = parse(text, rec.exc_info)
        out = show(obj)
        if raw_needle is not None and isinstance(text, str):
            remarks.append("[written as is: " + str(raw_needle in text) + "]")
        return " ".join([out] + remarks)

    verdict_case(label, run)


# -- the formatter ---------------------------------------------------------------------------
check.case(
    "JsonFormatter() is a logging.Formatter",
    lambda: isinstance(formatter(), logging.Formatter),
)
fmt_case(
    "info on shop.cart with two args",
    lambda: make_record("shop.cart", logging.INFO, "added %d items to cart %s", (3, "c-9"), 1714564800.125),
)
fmt_case(
    "warning on app.db, whole second, no args",
    lambda: make_record("app.db", logging.WARNING, "disk 100% full", (), 1709251199.0),
)
fmt_case(
    "debug on a deep logger name, created late in the day",
    lambda: make_record("shop.api.v2.orders", logging.DEBUG, "took %.1f ms", (12.25,), 1735689599.875),
)
fmt_case(
    "critical with a mapping argument and non-ASCII text",
    lambda: make_record(
        "billing", logging.CRITICAL, "invoice %(no)s for %(who)s", ({"no": 17, "who": "Zoë Ångström"},), 1700000000.5
    ),
    raw_needle="Zoë Ångström",
)
fmt_case(
    "a message spanning three lines",
    lambda: make_record("report", logging.INFO, "totals:\n  eur 10\n  usd 12", (), 1714564800.375),
)
fmt_case(
    "extras of JSON types, in the order given",
    lambda: make_record(
        "shop.cart", logging.INFO, "checkout", (), 1714564801.25,
        extra={"user_id": 7, "cart": {"items": [1, 2], "note": "café"}, "tags": ["a", "b"], "paid": True, "coupon": None},
    ),
)
fmt_case(
    "extras JSON cannot encode",
    lambda: make_record(
        "shop.cart", logging.INFO, "refund", (), 1714564802.5,
        extra={"amount": Decimal("9.90"), "when": datetime(2024, 5, 1, 12, 30), "root": PurePosixPath("/srv/app")},
    ),
)
fmt_case(
    "extras named like fixed keys",
    lambda: make_record(
        "auth", logging.ERROR, "login refused", (), 1714564803.0,
        extra={"level": "bogus", "request_id": "r-1", "time": "yesterday", "logger": "someone"},
    ),
)
fmt_case(
    "error with exc_info from a failing job",
    lambda: make_record(
        "jobs.payments", logging.ERROR, "payment %s failed", ("p-77",), 1714564804.125,
        exc_info=exc_info_of(lambda: failing_job.charge({"id": 77})), extra={"attempt": 2},
    ),
)

# -- configure_logging -------------------------------------------------------------------
STAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")


def summarise(buffer, exc_info=None):
    text = buffer.getvalue()
    if not text:
        return "nothing written"
    items = []
    for line in text.splitlines():
        try:
            obj = json.loads(line)
        except ValueError:
            items.append("not JSON: " + show(line[:40]))
            continue
        if not isinstance(obj, dict):
            items.append(show(obj))
            continue
        stamp = obj.pop("time", None)
        if not (isinstance(stamp, str) and STAMP.match(stamp)):
            obj["time?"] = stamp
        if "exception" in obj:
            exc = obj["exception"]
            ok = exc_info is not None and isinstance(exc, str) and exc.rstrip("\n") == REFERENCE.formatException(exc_info)
            obj["exception"] = "<the formatException text>" if ok else "<not the formatException text>"
        items.append(show(obj))
    return str(len(items)) + " line(s): " + "; ".join(items)


def raise_for_log():
    failing_job.charge({"id": 5})


FIRST = io.StringIO()
SECOND = io.StringIO()
CAUGHT = []


def configure_first():
    mod.configure_logging(FIRST, "WARNING")
    logging.getLogger("app.api").info("not written: below WARNING")
    logging.getLogger("app.api").warning("slow request %s", "/cart", extra={"ms": 812})
    try:
        raise_for_log()
    except ValueError:
        CAUGHT.append(sys.exc_info())
        logging.getLogger("jobs").exception("job %d crashed", 5)
    return summarise(FIRST, CAUGHT[-1])


def configure_second():
    before = len(FIRST.getvalue().splitlines())
    mod.configure_logging(SECOND, logging.DEBUG)
    logging.getLogger("app.db").debug("query took %dms", 3)
    logging.getLogger("app.api").warning("retrying %s", "Zoë")
    after = len(FIRST.getvalue().splitlines())
    return summarise(SECOND) + " | first stream got " + str(after - before) + " more"


def root_handlers():
    handlers = logging.getLogger().handlers
    kinds = [type(h).__name__ if type(h).__module__ == "logging" else "a custom handler" for h in handlers]
    uses = [isinstance(h.formatter, mod.JsonFormatter) for h in handlers]
    return "root level " + logging.getLevelName(logging.getLogger().level) + ", handlers " + show(kinds) + ", JsonFormatter " + show(uses)


check.case("configure_logging(stream, \"WARNING\"), then info, warning and exception", configure_first, render=str)
check.case("configure_logging again with another stream and logging.DEBUG", configure_second, render=str)
check.case("the root logger afterwards", root_handlers, render=str)
check.done()
