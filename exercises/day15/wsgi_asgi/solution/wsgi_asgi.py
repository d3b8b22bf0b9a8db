"""Day 15 — reference solution: one tiny app, served through WSGI and through ASGI."""

from http import HTTPStatus
from urllib.parse import parse_qs

ROUTES = {"/hello": "GET", "/echo": "POST"}  # path -> the one method it answers
TEXT = "text/plain; charset=utf-8"


def handle(method, path, query, body):
    """The app itself, unaware of any protocol: -> (status code, headers, body bytes)."""
    allowed = ROUTES.get(path)
    if allowed is None:
        return text_response(404, "Not Found")
    if method != allowed:
        return text_response(405, "Method Not Allowed", [("Allow", allowed)])
    if path == "/hello":
        names = parse_qs(query).get("name")  # drops empty values; decodes %XX and "+"
        return text_response(200, f"Hello, {names[0] if names else 'world'}!")
    return 200, [("Content-Type", "application/octet-stream")], body


def text_response(status, text, extra=()):
    return status, [("Content-Type", TEXT), *extra], text.encode("utf-8")


def with_length(headers, body):
    return [*headers, ("Content-Length", str(len(body)))]  # bytes, not characters


def wsgi_app(environ, start_response):
    """The app as a WSGI callable: returns an iterable of bytes."""
    length = int(environ.get("CONTENT_LENGTH") or 0)  # missing or "" means no body
    body = environ["wsgi.input"].read(length) if length > 0 else b""
    status, headers, payload = handle(
        environ["REQUEST_METHOD"], environ.get("PATH_INFO", ""), environ.get("QUERY_STRING", ""), body
    )
    start_response(f"{status} {HTTPStatus(status).phrase}", with_length(headers, payload))
    return [payload]


async def asgi_app(scope, receive, send):
    """The app as an ASGI callable: http and lifespan scopes."""
    if scope["type"] == "lifespan":
        await lifespan(receive, send)
        return
    body = b""
    more_body = True
    while more_body:
        message = await receive()
        body += message.get("body", b"")
        more_body = message.get("more_body", False)
    query = scope["query_string"].decode("latin-1")  # %-encoded, so plain ASCII
    status, headers, payload = handle(scope["method"], scope["path"], query, body)
    raw_headers = [
        (name.lower().encode("latin-1"), value.encode("latin-1"))
        for name, value in with_length(headers, payload)
    ]
    await send({"type": "http.response.start", "status": status, "headers": raw_headers})
    await send({"type": "http.response.body", "body": payload})


async def lifespan(receive, send):
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return
