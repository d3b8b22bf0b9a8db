"""Day 15 — alternative solution: adapter classes that stream their answers in pieces.

wsgi_app is an instance whose __call__ is a generator (start_response is called lazily,
before the first piece), the request body is read in small pieces, and the ASGI side
sends its body in several http.response.body messages.
"""

from dataclasses import dataclass, field
from http import HTTPStatus
from urllib.parse import parse_qsl


@dataclass
class Reply:
    status: int
    body: bytes
    content_type: str = "text/plain; charset=utf-8"
    extra: list = field(default_factory=list)

    def header_pairs(self):
        return [("content-type", self.content_type), *self.extra, ("content-length", str(len(self.body)))]

    def pieces(self):
        middle = len(self.body) // 2
        return [self.body[:middle], self.body[middle:]]


class TinyApp:
    methods = {"/hello": "GET", "/echo": "POST"}

    def respond(self, method, path, query, body):
        if path not in self.methods:
            return Reply(404, "Not Found".encode())
        if method != self.methods[path]:
            return Reply(405, "Method Not Allowed".encode(), extra=[("allow", self.methods[path])])
        if path == "/echo":
            return Reply(200, body, "application/octet-stream")
        name = next((value for key, value in parse_qsl(query) if key == "name"), None)
        return Reply(200, f"Hello, {name or 'world'}!".encode())


class WSGIAdapter:
    def __init__(self, app):
        self.app = app

    def __call__(self, environ, start_response):
        remaining = int(environ.get("CONTENT_LENGTH") or "0")
        pieces = []
        while remaining > 0:
            piece = environ["wsgi.input"].read(min(remaining, 4))
            if not piece:
                break
            pieces.append(piece)
            remaining -= len(piece)
        reply = self.app.respond(
            environ["REQUEST_METHOD"], environ["PATH_INFO"], environ.get("QUERY_STRING", ""), b"".join(pieces)
        )
        start_response("%d %s" % (reply.status, HTTPStatus(reply.status).phrase), reply.header_pairs())
        yield from reply.pieces()


class ASGIAdapter:
    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] == "lifespan":
            return await self.lifespan(receive, send)
        chunks = []
        while True:
            message = await receive()
            chunks.append(message.get("body", b""))
            if not message.get("more_body"):
                break
        reply = self.app.respond(scope["method"], scope["path"], scope["query_string"].decode("ascii"), b"".join(chunks))
        headers = [[name.encode(), value.encode()] for name, value in reply.header_pairs()]
        await send({"type": "http.response.start", "status": reply.status, "headers": headers})
        first, second = reply.pieces()
        await send({"type": "http.response.body", "body": first, "more_body": True})
        await send({"type": "http.response.body", "body": second, "more_body": False})

    async def lifespan(self, receive, send):
        answers = {"lifespan.startup": "lifespan.startup.complete", "lifespan.shutdown": "lifespan.shutdown.complete"}
        while True:
            kind = (await receive())["type"]
            await send({"type": answers[kind]})
            if kind == "lifespan.shutdown":
                return


app = TinyApp()
wsgi_app = WSGIAdapter(app)
asgi_app = ASGIAdapter(app)
