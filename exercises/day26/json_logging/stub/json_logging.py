"""Day 26 — Add logging (structured JSON logs).

Log collectors (Loki, ELK, CloudWatch) search fields, not sentences. A *formatter*
decides how a `logging.LogRecord` becomes text; a JSON formatter writes each record
as one JSON object on one line ("JSON Lines"), so every field stays machine-readable:

    {"time": "2024-05-01T12:00:00.125Z", "level": "INFO", "logger": "shop.cart",
     "message": "added 3 items", "user_id": 7}

Useful record attributes: `record.created` (epoch seconds, float), `record.levelname`,
`record.name` (the logger's name), `record.getMessage()` (msg % args, applied only
when there are args), `record.exc_info`, and `self.formatException(exc_info)`.
`logger.info("...", extra={"user_id": 7})` sets `record.user_id`: the extras are the
record attributes a plain LogRecord does not have (compare with
`logging.LogRecord("", 0, "", 0, "", (), None).__dict__`, computed at run time:
the set differs between Python versions).

Contract
  * `JsonFormatter` subclasses `logging.Formatter`; `format(record)` returns a str
    holding one JSON object on one line: no newline anywhere (none at the end either:
    the handler adds it), even for multi-line messages and tracebacks.
  * Keys, in this order:
      - "time": `record.created` as UTC, "YYYY-MM-DDTHH:MM:SS.mmmZ" with exactly
        three digits of milliseconds, e.g. "2024-05-01T12:00:00.000Z". Always UTC,
        whatever the machine's local time zone (do not rely on `Formatter.converter`
        being left alone), and from the record, never from "now".
      - "level": the level name ("WARNING"); "logger": the logger name;
      - "message": the message with its args applied (`record.getMessage()`);
      - then every `extra=` field, in the order given, with its value. Values JSON
        can encode (dicts, lists, numbers, None, ...) stay JSON; anything else is
        written as `str(value)`. An extra named like a fixed key (time, level,
        logger, message, exception) never replaces that key: leave it out.
        No other LogRecord attribute (msg, args, pathname, lineno, ...) is written.
      - "exception": only when the record has exc_info: the traceback text
        `self.formatException(record.exc_info)` gives. No exc_info: no such key.
  * Non-ASCII text is written as is ("Zoë", not "Zo\\u00eb").
  * `configure_logging(stream, level)`: after it, the ROOT logger has exactly one
    handler, a `logging.StreamHandler(stream)` using JsonFormatter; handlers it had
    before are removed (calling it twice never doubles a line). The root logger's
    level is set to `level` (an int like logging.DEBUG or a name like "DEBUG"), so
    records below it are dropped and records at or above it are written.
"""

import json
import logging
from datetime import datetime, timezone


class JsonFormatter(logging.Formatter):
    """Format each LogRecord as one line of JSON."""

    def format(self, record):
        # Your code here: replace the line below.
        raise NotImplementedError("JsonFormatter.format")


def configure_logging(stream, level):
    """Send the root logger's records to `stream` as JSON lines, at `level` and above."""
    # Your code here: replace the line below.
    raise NotImplementedError("configure_logging")
