"""Day 15 — Learn WSGI vs ASGI.

Every Python web framework (Flask, Django, FastAPI, ...) is an object that a server
calls through one of two small interfaces. Write one tiny app behind both, by hand.

WSGI (PEP 3333, synchronous): the server calls `wsgi_app(environ, start_response)`.
  * `environ` is a dict: REQUEST_METHOD, PATH_INFO, QUERY_STRING (still %-encoded),
    CONTENT_LENGTH (a str; it may be missing or "") and "wsgi.input", a byte stream
    holding the request body. Read exactly CONTENT_LENGTH bytes from it, never more:
    the stream may already hold the next request.
  * Call `start_response(status, headers)` once: `status` is a str "code reason"
    with the standard reason ("200 OK", "404 Not Found", "405 Method Not Allowed";
    http.HTTPStatus(code).phrase has them), `headers` a list of (name, value)
    tuples of str.
  * Return the body as an iterable of bytes, e.g. `[body]` (not the bytes itself).

ASGI (asynchronous): the server calls `await asgi_app(scope, receive, send)`.
  * `scope` is a dict. scope["type"] is "http" for a request, with "method", "path"
    and "query_string" (bytes, still %-encoded).
  * `await receive()` returns {"type": "http.request", "body": b"...", "more_body":
    True/False}: a body may come in several messages; keep receiving while
    more_body is true, and stop there (nothing more comes until you answer).
    Both keys may be missing (defaults b"" and False).
  * Answer with `await send({"type": "http.response.start", "status": 200,
    "headers": [(b"content-type", b"text/plain")]})`, then `await send({"type":
    "http.response.body", "body": b"..."})`. The status is an int; header names and
    values are bytes, names in lowercase; the body is bytes.
  * scope["type"] "lifespan" is the server's hello and goodbye: receive
    {"type": "lifespan.startup"}, send {"type": "lifespan.startup.complete"}; then
    receive {"type": "lifespan.shutdown"}, send {"type":
    "lifespan.shutdown.complete"} and return. Do not return before the shutdown.

The app (both callables behave the same):
  * GET /hello  -> 200, body "Hello, <name>!". <name> is the query's `name`
    parameter, %-decoded as UTF-8 with "+" as a space (urllib.parse.parse_qs does
    both); the first one if there are several; "world" when it is missing or empty.
  * POST /echo  -> 200, the request body unchanged (any bytes), with Content-Type
    application/octet-stream.
  * /hello or /echo with any other method -> 405, body "Method Not Allowed", and an
    Allow header naming the route's method ("GET" or "POST").
  * Any other path (also "/hello/" or "/echo/x") -> 404, body "Not Found".
  * Text bodies (hello, 404, 405) are UTF-8 with Content-Type
    "text/plain; charset=utf-8".
  * Every response has a Content-Length header: the body's length in bytes (not in
    characters).
Tip: write the app once, as a plain function of (method, path, query, body), and
make wsgi_app and asgi_app two thin adapters around it.
"""

from urllib.parse import parse_qs


def wsgi_app(environ, start_response):
    """The app as a WSGI callable: returns an iterable of bytes."""
    # Your code here: replace the line below.
    raise NotImplementedError("wsgi_app")


async def asgi_app(scope, receive, send):
    """The app as an ASGI callable: http and lifespan scopes."""
    # Your code here: replace the line below.
    raise NotImplementedError("asgi_app")
