"""Hidden check for day15/fastapi_crud: one line per case.

Each section asks a fresh `create_app()` for its own requests, through FastAPI's
TestClient (entered as a context manager, so startup/lifespan code runs). The last
section serves a fresh app with real uvicorn on 127.0.0.1 (an ephemeral port, in a
thread of this process: pygrade_services.serve_app) and repeats the key requests over
real HTTP with httpx. Lines show the status and the JSON answer, keys in contract order;
a 422 shows the status only (FastAPI's error text differs between versions).
"""
import json
import warnings

from pygrade_check import Check, grader_fault, show

check = Check()
with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # deprecation notes of the test client are not the learner's
    import httpx
    from fastapi.testclient import TestClient
    from pygrade_services import ServiceError, serve_app

mod = check.load("fastapi_crud.py")
if not check.need(mod, "create_app"):
    check.done()

HTTP_TIMEOUT = 10.0  # seconds per request over real HTTP; a correct app answers in ms
KEY_ORDER = ["id", "name", "price", "description"]
NO_BODY = object()


class Refused(Exception):
    """Something the learner's code returned makes the case impossible; str says what."""


def fresh_app():
    app = mod.create_app()
    if app is None or not callable(app):
        raise Refused("create_app() returned " + ("None" if app is None else "a " + type(app).__name__) + ", expected a FastAPI app")
    return app


def render_json(value):
    """Like show(), without the length cap, and item keys in the contract's order."""
    if isinstance(value, dict):
        keys = [k for k in KEY_ORDER if k in value] + sorted(k for k in value if k not in KEY_ORDER)
        parts = []
        for key in keys:
            item = value[key]
            if key == "price" and type(item) in (int, float):
                item = float(item)  # 3 and 3.0 are the same JSON number
            parts.append(show(key) + ": " + render_json(item))
        return "{" + ", ".join(parts) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(render_json(v) for v in value) + "]"
    return show(value)


def render(response):
    code = response.status_code
    if code == 422:
        return "422"
    if not response.content:
        return str(code) + ", empty body"
    try:
        data = response.json()
    except ValueError:
        if code == 500:
            return "500 Internal Server Error (the app raised an exception: see what uvicorn printed)"
        return str(code) + ", a body that is not JSON: " + show(response.text)
    return str(code) + " " + render_json(data)


class TestClientApp:
    """A fresh create_app() behind a TestClient, built at its first request."""

    def __init__(self):
        self._client = None
        self._error = None

    def client(self):
        if self._error is not None:
            raise self._error
        if self._client is None:
            try:
                client = TestClient(fresh_app())
                client.__enter__()  # runs the app's startup (lifespan) like a server would
            except Exception as exc:
                self._error = exc
                raise
            self._client = client
        return self._client

    def request(self, method, path, body=NO_BODY):
        client = self.client()
        if body is NO_BODY:
            return client.request(method, path)
        return client.request(method, path, json=body)

    def close(self):
        if self._client is not None:
            try:
                self._client.__exit__(None, None, None)
            except Exception:
                pass  # a failing shutdown shows nothing more than the cases did


def label_for(method, path, body):
    text = method + " " + path
    if body is not NO_BODY:
        text += " " + json.dumps(body, ensure_ascii=False)
    return text


def ask(app, method, path, body=NO_BODY, prefix=""):
    def thunk():
        try:
            return render(app.request(method, path, body))
        except Refused as exc:
            return str(exc)

    check.case(prefix + label_for(method, path, body), thunk, render=str)


# -- 1: create and read -------------------------------------------------------------------
check.line("-- a fresh create_app(): create and read --")
app = TestClientApp()
ask(app, "GET", "/items")
ask(app, "POST", "/items", {"name": "Lamp", "price": 12.5})
ask(app, "POST", "/items", {"name": "Mug ☕ für Zoë", "price": 0, "description": "free sample"})
ask(app, "POST", "/items", {"id": 42, "name": "Desk", "price": 99, "description": None})
ask(app, "GET", "/items")
ask(app, "GET", "/items/2")
ask(app, "GET", "/items/42")
ask(app, "GET", "/items/4")
ask(app, "GET", "/items/two")
app.close()

# -- 2: rejected creates ------------------------------------------------------------------
check.line("-- a fresh create_app(): bodies POST must reject --")
app = TestClientApp()
ask(app, "POST", "/items", {"price": 5})
ask(app, "POST", "/items", {"name": "", "price": 5})
ask(app, "POST", "/items", {"name": "Pen"})
ask(app, "POST", "/items", {"name": "Pen", "price": "cheap"})
ask(app, "POST", "/items", {"name": "Pen", "price": -0.5})
ask(app, "POST", "/items", ["Pen", 1.5])
ask(app, "POST", "/items", {"name": "Pen", "price": 1.5})
ask(app, "GET", "/items")
app.close()

# -- 3: updates ---------------------------------------------------------------------------
check.line("-- a fresh create_app(): updates --")
app = TestClientApp()
ask(app, "POST", "/items", {"name": "Lamp", "price": 12.5, "description": "desk lamp"})
ask(app, "POST", "/items", {"name": "Mug", "price": 4})
ask(app, "POST", "/items", {"name": "Desk", "price": 99})
ask(app, "PUT", "/items/1", {"name": "Lamp XL", "price": 15})
ask(app, "PUT", "/items/2", {"id": 7, "name": "Mug", "price": 4.5, "description": "blue"})
ask(app, "GET", "/items/7")
ask(app, "PUT", "/items/2", {"name": "", "price": 4})
ask(app, "PUT", "/items/2", {"name": "Cup", "price": -4})
ask(app, "PUT", "/items/2", {"price": 4})
ask(app, "PUT", "/items/2", ["Cup", 4])
ask(app, "GET", "/items/2")
ask(app, "PUT", "/items/9", {"name": "Ghost", "price": 1})
ask(app, "PUT", "/items/one", {"name": "Lamp", "price": 1})
ask(app, "GET", "/items")
app.close()

# -- 4: deletes and ids -------------------------------------------------------------------
check.line("-- a fresh create_app(): deletes and ids --")
app = TestClientApp()
ask(app, "POST", "/items", {"name": "Ant", "price": 1})
ask(app, "POST", "/items", {"name": "Bee", "price": 2})
ask(app, "POST", "/items", {"name": "Cat", "price": 3})
ask(app, "DELETE", "/items/3")
ask(app, "GET", "/items/3")
ask(app, "PUT", "/items/3", {"name": "Cat", "price": 3})
ask(app, "DELETE", "/items/3")
ask(app, "DELETE", "/items/8")
ask(app, "DELETE", "/items/three")
ask(app, "POST", "/items", {"name": "Dog", "price": 4})
ask(app, "DELETE", "/items/1")
ask(app, "GET", "/items/4")
ask(app, "POST", "/items", {"name": "Eel", "price": 5})
ask(app, "GET", "/items")
app.close()

# -- 5: two apps at once ------------------------------------------------------------------
check.line("-- two apps from create_app(), alive at the same time --")
first, second = TestClientApp(), TestClientApp()
ask(first, "POST", "/items", {"name": "Only in the first app", "price": 1}, prefix="first app: ")
ask(second, "GET", "/items", prefix="second app: ")
ask(second, "POST", "/items", {"name": "Only in the second app", "price": 2}, prefix="second app: ")
ask(first, "GET", "/items", prefix="first app: ")
first.close()
second.close()

# -- 6: the same over real HTTP, served by uvicorn ------------------------------------------
check.line("-- a fresh create_app() served by uvicorn on 127.0.0.1, over real HTTP --")


class UvicornApp:
    def __init__(self):
        self._server = None
        self._http = None
        self._error = None

    def start(self):
        try:
            app = fresh_app()
        except Exception as exc:
            self._error = exc
            raise
        try:
            self._server = serve_app(app)
            base = self._server.__enter__()
        except ServiceError:
            self._server = None
            self._error = Refused("uvicorn could not start the app: its startup (lifespan) failed")
            raise self._error from None
        except TimeoutError as exc:
            grader_fault("uvicorn did not start: " + str(exc))
        self._http = httpx.Client(base_url=base, timeout=HTTP_TIMEOUT)
        return "started"

    def request(self, method, path, body=NO_BODY):
        if self._error is not None:
            raise self._error
        kwargs = {} if body is NO_BODY else {"json": body}
        try:
            return self._http.request(method, path, **kwargs)
        except httpx.TimeoutException:
            raise Refused("no answer within " + format(HTTP_TIMEOUT, "g") + " s") from None
        except httpx.HTTPError as exc:
            raise Refused("the HTTP exchange failed: " + type(exc).__name__) from None

    def close(self):
        if self._http is not None:
            self._http.close()
        if self._server is not None:
            self._server.__exit__(None, None, None)


served = UvicornApp()


def start():
    try:
        return served.start()
    except Refused as exc:
        return str(exc)


check.case("uvicorn starts serving the app", start, render=str)
ask(served, "POST", "/items", {"name": "Kettle", "price": 30, "description": "1.7 l"})
ask(served, "POST", "/items", {"name": "Teapot", "price": 25.5})
ask(served, "GET", "/items/1")
ask(served, "PUT", "/items/2", {"name": "Teapot", "price": 0})
ask(served, "PUT", "/items/2", {"name": "Teapot", "price": -1})
ask(served, "DELETE", "/items/1")
ask(served, "DELETE", "/items/1")
ask(served, "GET", "/items/1")
ask(served, "GET", "/items/x")
ask(served, "POST", "/items", {"name": "", "price": 2})
ask(served, "GET", "/items/2")
ask(served, "GET", "/items")
served.close()
check.done()
