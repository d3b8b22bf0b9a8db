"""Day 26 — reference solution: a JSON-lines logging formatter."""

import json
import logging
from datetime import datetime, timezone

# Attributes every LogRecord has (taskName exists from 3.12 on), plus the two that
# Formatter.format adds; whatever else a record carries came in through `extra=`.
_STANDARD = set(logging.LogRecord("", 0, "", 0, "", (), None).__dict__) | {"message", "asctime"}
_FIXED = ("time", "level", "logger", "message", "exception")


class JsonFormatter(logging.Formatter):
    """Format each LogRecord as one line of JSON."""

    def format(self, record):
        stamp = datetime.fromtimestamp(record.created, tz=timezone.utc)
        payload = {
            "time": stamp.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z",
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        for key, value in record.__dict__.items():
            if key not in _STANDARD and key not in _FIXED:
                payload[key] = value
        if record.exc_info:
            payload["exception"] = self.formatException(record.exc_info)
        return json.dumps(payload, ensure_ascii=False, default=str)


def configure_logging(stream, level):
    """Send the root logger's records to `stream` as JSON lines, at `level` and above."""
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    return handler
