"""Day 26 — alternative: time via time.gmtime, extras found against a blank record,
exception text from the traceback module, configure_logging through logging.basicConfig."""

import json
import logging
import time
import traceback

_BLANK = logging.makeLogRecord({})


def _jsonable(value):
    return str(value)


class JsonFormatter(logging.Formatter):
    def _extras(self, record):
        skip = set(vars(_BLANK)) | {"message", "asctime", "time", "level", "logger", "exception"}
        return {k: v for k, v in vars(record).items() if k not in skip}

    def _stamp(self, created):
        whole = int(created)
        millis = int(round((created - whole) * 1000))
        if millis == 1000:
            whole, millis = whole + 1, 0
        return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(whole)) + ".%03dZ" % millis

    def format(self, record):
        fields = [
            ("time", self._stamp(record.created)),
            ("level", record.levelname),
            ("logger", record.name),
            ("message", record.getMessage()),
        ]
        fields.extend(self._extras(record).items())
        if record.exc_info:
            text = "".join(traceback.format_exception(*record.exc_info))
            fields.append(("exception", text.rstrip("\n")))
        return json.dumps(dict(fields), ensure_ascii=False, default=_jsonable, separators=(",", ":"))


def configure_logging(stream, level):
    logging.basicConfig(stream=stream, level=level, force=True)
    logging.getLogger().handlers[0].setFormatter(JsonFormatter())
