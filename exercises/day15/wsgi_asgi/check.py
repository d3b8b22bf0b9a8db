"""Hidden check for day15/wsgi_asgi: one line per case.

The check is the server. Every request is sent twice, to wsgi_app (an environ and a
start_response it builds; wsgi.input holds the body and then the next request's bytes)
and to asgi_app (a scope, receive and send it builds; bodies arrive in one or several
http.request messages). Each line shows the response: the status as the app gave it,
the Content-Type, the body, the Allow header of a 405, and any Content-Length that does
not match. A final case runs the ASGI lifespan protocol. See grader/drivers.py.
"""
from drivers import Broken, call_asgi, call_lifespan, call_wsgi
from pygrade_check import Check, show

check = Check()
mod = check.load("wsgi_asgi.py")
if not check.need(mod, "wsgi_app", "asgi_app"):
    check.done()


def body_text(body, content_type):
    if content_type.startswith("text/"):
        try:
            return show(body.decode("utf-8"))
        except UnicodeDecodeError:
            pass
    return show(body)


def render(response):
    status = response.status
    code = status if type(status) is int else None
    if isinstance(status, str) and status[:3].isdigit():
        code = int(status[:3])
    types = response.header_values("content-type")
    parts = [show(status)]
    if not types:
        parts.append("no content-type")
    elif len(types) > 1:
        parts.append(str(len(types)) + " content-type headers: " + show(types))
    else:
        parts.append(types[0])
    parts.append(body_text(response.body, types[0] if types else ""))
    if code == 405:
        allow = response.header_values("allow")
        parts.append("allow: " + ", ".join(allow) if allow else "no allow header")
    lengths = response.header_values("content-length")
    if not lengths:
        parts.append("no content-length")
    elif len(lengths) > 1:
        parts.append(str(len(lengths)) + " content-length headers")
    elif lengths[0].strip() != str(len(response.body)):
        parts.append("content-length " + show(lengths[0]) + " for a body of " + str(len(response.body)) + " bytes")
    return ", ".join(parts)


def verdict(exc):
    text = str(exc)
    return text if text.startswith("stuck") else "wrong: " + text


def answer(call):
    def thunk():
        try:
            return render(call())
        except Broken as exc:
            return verdict(exc)

    return thunk


def message(body=None, more=None):
    """An http.request message; None leaves the key out (ASGI defaults apply)."""
    msg = {"type": "http.request"}
    if body is not None:
        msg["body"] = body
    if more is not None:
        msg["more_body"] = more
    return msg


def request(method, target, body=b"", wsgi_length=None, messages=None, wsgi_note="", asgi_note=""):
    """One request, sent to both callables: two case lines."""
    path, _, query = target.partition("?")
    if wsgi_length is None:
        wsgi_length = "given" if body else "missing"
    if messages is None:
        messages = [message(body, False)]
        if body:
            asgi_note = ", body in 1 message"
    headers = [(b"content-length", str(len(body)).encode())] if body else []
    check.case("WSGI " + method + " " + target + wsgi_note,
               answer(lambda: call_wsgi(mod.wsgi_app, method, path, query, body, wsgi_length)), render=str)
    check.case("ASGI " + method + " " + target + asgi_note,
               answer(lambda: call_asgi(mod.asgi_app, method, path, query, messages, headers)), render=str)


# -- GET /hello and its query ---------------------------------------------------------------
request("GET", "/hello")
request("GET", "/hello?name=Ada")
request("GET", "/hello?name=Zo%C3%AB+L%C3%B3pez")
request("GET", "/hello?lang=fr&name=%E2%9C%93+ok&name=Bob")
request("GET", "/hello?name=&x=1")

# -- POST /echo and request bodies ----------------------------------------------------------
request("POST", "/echo", b"ping \xf0\x9f\x8f\x93\n", wsgi_note=", a 10-byte body")
request("POST", "/echo", b"ab\r\ncd",
        messages=[message(b"ab", True), message(b"", True), message(b"\r\ncd", False)],
        wsgi_note=", a 6-byte body", asgi_note=", body in 3 messages")
request("POST", "/echo", b"h\xc3\xa9llo \x00\xff!",
        messages=[message(b"h\xc3", True), message(None, True), message(b"\xa9llo \x00", True), message(b"\xff!")],
        wsgi_note=", a 10-byte body", asgi_note=", body in 4 messages, some keys left out")
request("POST", "/echo", wsgi_length="empty", messages=[message()],
        wsgi_note=", CONTENT_LENGTH ''", asgi_note=", one message with no keys")
request("POST", "/echo", wsgi_length="missing", messages=[message(b"", True), message(b"", False)],
        wsgi_note=", no CONTENT_LENGTH", asgi_note=", two empty messages")

# -- other methods on known paths -------------------------------------------------------------
request("POST", "/hello?name=Ada")
request("DELETE", "/hello")
request("GET", "/echo")
request("PUT", "/echo", b"data", messages=[message(b"da", True), message(b"ta", False)],
        wsgi_note=", a 4-byte body", asgi_note=", body in 2 messages")

# -- unknown paths ------------------------------------------------------------------------------
request("GET", "/")
request("GET", "/hello/")
request("GET", "/hellothere?name=Ada")
request("POST", "/echo/x", b"x", wsgi_note=", a 1-byte body")

# -- the lifespan protocol ----------------------------------------------------------------------


def lifespan():
    try:
        types, ending = call_lifespan(mod.asgi_app)
    except Broken as exc:
        return verdict(exc)
    return "sent " + show(types) + ", " + ending


check.case("ASGI lifespan: startup, later shutdown", lifespan, render=str)
check.done()
