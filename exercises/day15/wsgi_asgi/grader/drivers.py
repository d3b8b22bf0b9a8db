"""The check plays the server: it calls the learner's WSGI and ASGI callables itself.

Each driver returns a `Response` (status, headers as (lowercase str name, str value),
body bytes) or raises `Broken` with a sentence for the learner when the app broke the
protocol so badly that there is no response to show. Exceptions raised by the learner's
code propagate unchanged (the check prints "raises X" and their traceback).

Nothing here waits on a clock to decide a verdict: an ASGI app that asks for a message
no real server would send (another body part after more_body was false, a shutdown
before it finished the startup) is reported as stuck as soon as nothing else moves.
"""

import asyncio
import io
from collections.abc import Mapping

from pygrade_check import show

# Bytes after the body in wsgi.input: the next request on a keep-alive connection.
NEXT_REQUEST = b"GET /next HTTP/1.1\r\nHost: testserver\r\n\r\n"
# Message counts no correct app comes near; beyond them the app is looping.
MAX_MESSAGES = 200
# Event-loop iterations an app may sit in receive() with nothing else moving before it
# is called stuck. Everything runs in this one loop without I/O, so an app that is
# going somewhere moves within a few iterations.
QUIET = 100
# Real seconds before an ASGI app that never returns (nor waits on receive) is stopped.
# A correct app returns within milliseconds; only a broken one meets this guard.
GUARD = 10.0


class Broken(Exception):
    """The app broke the protocol; str(exc) says how, in the learner's terms."""


class Response:
    def __init__(self, status, headers, body):
        self.status = status
        self.headers = headers
        self.body = body

    def header_values(self, name):
        return [value for key, value in self.headers if key == name]


# -- WSGI ---------------------------------------------------------------------------------


class BodyStream:
    """wsgi.input: the body, then the next request's bytes; remembers how far it was read."""

    def __init__(self, body):
        self._data = body + NEXT_REQUEST
        self.position = 0

    def read(self, size=-1):
        end = len(self._data) if size is None or size < 0 else min(len(self._data), self.position + size)
        chunk = self._data[self.position:end]
        self.position = end
        return chunk

    def readline(self, size=-1):
        newline = self._data.find(b"\n", self.position)
        end = len(self._data) if newline < 0 else newline + 1
        if size is not None and size >= 0:
            end = min(end, self.position + size)
        chunk = self._data[self.position:end]
        self.position = end
        return chunk

    def readlines(self, hint=-1):
        lines = []
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)

    def __iter__(self):
        while True:
            line = self.readline()
            if not line:
                return
            yield line


def call_wsgi(app, method, path, query, body, length="given"):
    """Call `app` once; `length` is "given", "empty" ("" in CONTENT_LENGTH) or "missing"."""
    stream = BodyStream(body)
    environ = {
        "REQUEST_METHOD": method,
        "SCRIPT_NAME": "",
        "PATH_INFO": path,
        "QUERY_STRING": query,
        "SERVER_NAME": "testserver",
        "SERVER_PORT": "80",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": "127.0.0.1",
        "HTTP_HOST": "testserver",
        "wsgi.version": (1, 0),
        "wsgi.url_scheme": "http",
        "wsgi.input": stream,
        "wsgi.errors": io.StringIO(),
        "wsgi.multithread": False,
        "wsgi.multiprocess": False,
        "wsgi.run_once": False,
    }
    if length == "given":
        environ["CONTENT_LENGTH"] = str(len(body))
        environ["CONTENT_TYPE"] = "application/octet-stream"
    elif length == "empty":
        environ["CONTENT_LENGTH"] = ""
    allowed = len(body) if length == "given" else 0

    calls = []
    chunks = []

    def write(data):  # the legacy write() callable: its bytes go out in call order
        if not isinstance(data, bytes):
            raise Broken("write() got " + show(data) + " (" + type(data).__name__ + "); WSGI wants bytes")
        chunks.append(data)

    def start_response(status, headers, exc_info=None):
        calls.append((status, headers))
        return write

    result = app(environ, start_response)
    if result is None:
        raise Broken("wsgi_app returned None; WSGI wants an iterable of bytes, such as [body]")
    if isinstance(result, (bytes, bytearray)):
        raise Broken("wsgi_app returned the bytes themselves; WSGI wants an iterable of bytes, such as [body]")
    if isinstance(result, str):
        raise Broken("wsgi_app returned a str; WSGI wants an iterable of bytes, such as [body]")
    try:
        try:
            iterator = iter(result)
        except TypeError:
            raise Broken("wsgi_app returned " + type(result).__name__ + ", which is not iterable; WSGI wants an iterable of bytes") from None
        for chunk in iterator:
            if not isinstance(chunk, bytes):
                raise Broken("the body iterable gave " + show(chunk) + " (" + type(chunk).__name__ + "); WSGI wants bytes")
            if chunk and not calls:
                raise Broken("the body iterable gave bytes before start_response was called")
            chunks.append(chunk)
    finally:
        close = getattr(result, "close", None)
        if callable(close):
            close()  # PEP 3333: the server always calls close() when there is one
    if not calls:
        raise Broken("start_response was never called")
    if len(calls) > 1:
        raise Broken("start_response was called " + str(len(calls)) + " times; call it once")
    if stream.position > allowed:
        raise Broken(
            "read " + str(stream.position - allowed) + " bytes past CONTENT_LENGTH from wsgi.input "
            "(those bytes belong to the next request)"
        )
    status, headers = calls[0]
    return Response(status, wsgi_headers(headers), b"".join(chunks))


def wsgi_headers(headers):
    if type(headers) is not list:
        raise Broken("start_response got headers as " + type(headers).__name__ + "; WSGI wants a list of (name, value) tuples")
    pairs = []
    for item in headers:
        if type(item) is not tuple or len(item) != 2:
            raise Broken("start_response got the header " + show(item) + "; WSGI wants (name, value) tuples")
        name, value = item
        for part, what in ((name, "name"), (value, "value")):
            if not isinstance(part, str):
                raise Broken(
                    "header " + show(name) + " has the " + what + " " + show(part) + " ("
                    + type(part).__name__ + "); WSGI wants str"
                )
        pairs.append((name.lower(), value))
    return pairs


# -- ASGI ---------------------------------------------------------------------------------


class _Looping(Exception):
    """Raised into the app when it sends or receives absurdly many messages."""


async def _drive(app, scope, next_message):
    """Run one ASGI call. `next_message(sent)` gives the next message for receive(), or
    None while a real server would have nothing to send (receive() then waits, and is
    asked again after each message the app sends). The app is stuck when it waits in
    receive() and nothing else moves for QUIET loop iterations: no clock involved."""
    loop = asyncio.get_running_loop()
    sent = []
    state = {"receives": 0, "waiting": 0}
    moved = asyncio.Event()  # set on every send: a waiting receive() asks again

    async def receive():
        state["receives"] += 1
        if state["receives"] > MAX_MESSAGES:
            raise _Looping()
        await asyncio.sleep(0)
        message = next_message(sent)
        while message is None:
            moved.clear()
            state["waiting"] += 1
            try:
                await moved.wait()
            finally:
                state["waiting"] -= 1
            message = next_message(sent)
        return message

    async def send(message):
        if len(sent) >= MAX_MESSAGES:
            raise _Looping()
        sent.append(message)
        moved.set()
        await asyncio.sleep(0)

    task = asyncio.ensure_future(app(scope, receive, send))
    deadline = loop.time() + GUARD
    quiet, last = 0, None
    while not task.done():
        if state["waiting"]:
            await asyncio.sleep(0)
            now = (len(sent), state["receives"], state["waiting"])
            quiet = quiet + 1 if now == last else 0
            last = now
            stuck = quiet >= QUIET
        else:
            quiet, last, stuck = 0, None, False
            await asyncio.wait({task}, timeout=0.01)
        if stuck or loop.time() > deadline:
            task.cancel()
            await asyncio.wait({task}, timeout=1.0)
            if stuck:
                return sent, "stuck"
            raise Broken("stuck: asgi_app did not return within " + str(int(GUARD)) + " seconds")
    try:
        task.result()
    except _Looping:
        raise Broken("asgi_app sent or received more than " + str(MAX_MESSAGES) + " messages (a loop that never ends?)") from None
    return sent, "returned"


def message_type(message):
    if not isinstance(message, Mapping):
        raise Broken("asgi_app sent " + show(message) + "; ASGI messages are dicts")
    return message.get("type")


def http_scope(method, path, query, headers):
    return {
        "type": "http",
        "asgi": {"version": "3.0", "spec_version": "2.3"},
        "http_version": "1.1",
        "method": method,
        "scheme": "http",
        "path": path,
        "raw_path": path.encode("ascii"),
        "query_string": query.encode("ascii"),
        "root_path": "",
        "headers": [(b"host", b"testserver")] + headers,
        "client": ("127.0.0.1", 50000),
        "server": ("testserver", 80),
        "state": {},
    }


def call_asgi(app, method, path, query, messages, headers=()):
    """Call `app` with an http scope; receive() hands out `messages`, in order."""
    pending = list(messages)

    def next_message(sent):
        if pending:
            return pending.pop(0)
        if response_finished(sent):
            return {"type": "http.disconnect"}  # what a server says once the answer is out
        return None  # the client sent everything and waits for the answer

    scope = http_scope(method, path, query, list(headers))
    sent, how = asyncio.run(_drive(app, scope, next_message))
    if how == "stuck":
        raise Broken(
            "stuck: asgi_app called receive() again after the last body message (more_body was "
            "false); a real server would wait there forever"
        )
    return asgi_response(sent)


def response_finished(sent):
    try:
        asgi_response(sent)
    except Broken:
        return False
    return True


def asgi_response(sent):
    if not sent:
        raise Broken("asgi_app sent nothing")
    first = sent[0]
    if message_type(first) != "http.response.start":
        raise Broken("the first message sent was " + show(message_type(first)) + "; ASGI wants 'http.response.start' first")
    status = first.get("status")
    if type(status) is not int:
        raise Broken("the status is " + show(status) + " (" + type(status).__name__ + "); ASGI wants an int")
    headers = []
    try:
        raw_headers = list(first.get("headers", []))
    except TypeError:
        raise Broken("headers is " + show(first.get("headers")) + "; ASGI wants a list of (name, value) pairs") from None
    for item in raw_headers:
        try:
            name, value = item
        except (TypeError, ValueError):
            raise Broken("the header " + show(item) + " is not a (name, value) pair") from None
        for part, what in ((name, "name"), (value, "value")):
            if not isinstance(part, bytes):
                raise Broken("the header " + what + " " + show(part) + " is " + type(part).__name__ + "; ASGI wants bytes")
        if name != name.lower():
            raise Broken("the header name " + show(name) + " is not lowercase; ASGI wants lowercase names")
        headers.append((name.decode("latin-1"), value.decode("latin-1")))
    body = b""
    ended = False
    for message in sent[1:]:
        kind = message_type(message)
        if ended:
            raise Broken("asgi_app sent " + show(kind) + " after the body had ended")
        if kind != "http.response.body":
            raise Broken("asgi_app sent " + show(kind) + " where 'http.response.body' was due")
        part = message.get("body", b"")
        if not isinstance(part, bytes):
            raise Broken("a body message carried " + show(part) + " (" + type(part).__name__ + "); ASGI wants bytes")
        body += part
        ended = not message.get("more_body", False)
    if len(sent) == 1:
        raise Broken("asgi_app sent 'http.response.start' but no 'http.response.body'")
    if not ended:
        raise Broken("the body never ended: the last body message had more_body true")
    return Response(status, headers, body)


def call_lifespan(app):
    """Run the lifespan protocol: -> (types of the messages sent, how the app ended)."""
    script = [{"type": "lifespan.startup"}, {"type": "lifespan.shutdown"}]
    given = []

    def next_message(sent):
        types = [message_type(m) for m in sent]
        if not given:
            given.append(script[0])
            return script[0]
        if len(given) == 1 and "lifespan.startup.complete" in types:
            given.append(script[1])
            return script[1]
        return None

    scope = {"type": "lifespan", "asgi": {"version": "3.0", "spec_version": "2.0"}, "state": {}}
    sent, how = asyncio.run(_drive(app, scope, next_message))
    types = [message_type(m) for m in sent]
    if how == "stuck":
        if len(given) == 1:
            return types, "stuck: waited for a message without sending 'lifespan.startup.complete'"
        return types, "stuck: waited for another message after 'lifespan.shutdown'"
    if len(given) < 2:
        return types, "returned before receiving 'lifespan.shutdown'"
    return types, "returned after receiving 'lifespan.shutdown'"
