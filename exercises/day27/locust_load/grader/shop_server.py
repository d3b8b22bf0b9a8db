"""The check's own shop API: a small threaded HTTP/1.1 server on 127.0.0.1 that counts
every request it answers, per phase, from the server's side (never from Locust's).

Endpoints (all JSON):
  POST /login   {"username": "loadtest", "password": "hunter2"} -> 200 {"token": ...}
                (a new token per login); anything else -> 422 (not JSON credentials)
                or 401 (wrong credentials)
  GET  /items              -> 200 list of the 20 items       (needs the Bearer token)
  GET  /items/<id>         -> 200 the item, 404 unless 1..20  (needs the Bearer token)
  POST /cart {"item_id": 1..20, "qty": 1} -> 201, else 422     (needs the Bearer token)
  GET  /__phase?name=...   -> the check's wrapper marks the start of a phase (not counted)
"""
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

USERNAME = "loadtest"
PASSWORD = "hunter2"
ITEMS = [{"id": i, "name": "item " + str(i), "price_cents": 100 * i} for i in range(1, 21)]


class Phase:
    def __init__(self):
        self.logins = 0
        self.bad_logins = 0
        self.requests = {}  # endpoint -> count (login excluded)
        self.errors = {}  # (endpoint, status) -> count
        self.unauthorized = 0
        self.item_ids = []  # ids asked for on /items/<id>
        self.bad_carts = 0
        self.other = 0  # paths the API does not have


class ShopServer:
    def __init__(self):
        self.lock = threading.Lock()
        self.phases = {}
        self.phase = self._phase("start")
        self.tokens = set()
        self.carts = 0
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True

            def log_message(self, *args):
                pass

            def do_GET(self):
                server.handle(self, "GET")

            def do_POST(self):
                server.handle(self, "POST")

            def do_PUT(self):
                server.handle(self, "PUT")

            def do_DELETE(self):
                server.handle(self, "DELETE")

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, name="shop-server", daemon=True)

    def _phase(self, name):
        self.phases[name] = Phase()
        return self.phases[name]

    @property
    def base(self):
        return "http://127.0.0.1:" + str(self.httpd.server_address[1])

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()

    # -- one request -------------------------------------------------------------------------
    def handle(self, h, method):
        raw = self.read_body(h)
        parts = urlsplit(h.path)
        path = parts.path
        if method == "GET" and path == "/__phase":
            name = parse_qs(parts.query).get("name", ["?"])[0]
            with self.lock:
                self.phase = self._phase(name)
            return self.reply(h, 200, {"phase": name})
        with self.lock:
            status, body = self.route(h, method, path, raw)
        return self.reply(h, status, body)

    @staticmethod
    def read_body(h):
        """The request body: by Content-Length, or chunked (some clients, e.g. older
        geventhttpclient, send an empty chunked body even with a GET)."""
        if "chunked" in (h.headers.get("Transfer-Encoding") or "").lower():
            body = b""
            while True:
                size = int(h.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while h.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass  # trailers
                    return body
                body += h.rfile.read(size)
                h.rfile.readline()  # the CRLF after each chunk
        length = int(h.headers.get("Content-Length") or 0)
        return h.rfile.read(length) if length else b""

    def route(self, h, method, path, raw):
        p = self.phase
        if path == "/login" and method == "POST":
            p.logins += 1
            try:
                data = json.loads(raw.decode("utf-8"))
            except ValueError:
                data = None
            if not isinstance(data, dict) or not isinstance(data.get("username"), str) \
                    or not isinstance(data.get("password"), str):
                p.bad_logins += 1
                return self.error(p, "POST /login", 422, "send JSON {\"username\": ..., \"password\": ...}")
            if data["username"] != USERNAME or data["password"] != PASSWORD:
                p.bad_logins += 1
                return self.error(p, "POST /login", 401, "wrong username or password")
            token = "tok-" + str(len(self.tokens) + 1)
            self.tokens.add(token)
            return 200, {"token": token}
        if path == "/items" and method == "GET":
            endpoint = "GET /items"
        elif path.startswith("/items/") and method == "GET":
            endpoint = "GET /items/{id}"
        elif path == "/cart" and method == "POST":
            endpoint = "POST /cart"
        else:
            p.other += 1
            return self.error(p, method + " " + path, 404, "no such endpoint")
        p.requests[endpoint] = p.requests.get(endpoint, 0) + 1
        if endpoint == "GET /items/{id}":
            p.item_ids.append(path[len("/items/"):])
        auth = h.headers.get("Authorization") or ""
        if not auth.startswith("Bearer ") or auth[len("Bearer "):] not in self.tokens:
            p.unauthorized += 1
            return self.error(p, endpoint, 401, "missing or unknown Bearer token")
        if endpoint == "GET /items":
            return 200, ITEMS
        if endpoint == "GET /items/{id}":
            text = path[len("/items/"):]
            if text.isdigit() and 1 <= int(text) <= 20 and str(int(text)) == text:
                return 200, ITEMS[int(text) - 1]
            return self.error(p, endpoint, 404, "no such item")
        try:
            data = json.loads(raw.decode("utf-8"))
        except ValueError:
            data = None
        ok = isinstance(data, dict) and set(data) == {"item_id", "qty"} and all(
            type(data[k]) is int for k in data) and 1 <= data["item_id"] <= 20 and data["qty"] == 1
        if not ok:
            p.bad_carts += 1
            return self.error(p, endpoint, 422, "send JSON {\"item_id\": 1..20, \"qty\": 1}")
        self.carts += 1
        return 201, {"cart_size": self.carts}

    def error(self, p, endpoint, status, detail):
        key = (endpoint, status)
        p.errors[key] = p.errors.get(key, 0) + 1
        return status, {"detail": detail}

    def reply(self, h, status, body):
        data = json.dumps(body).encode("utf-8")
        h.send_response(status)
        h.send_header("Content-Type", "application/json")
        h.send_header("Content-Length", str(len(data)))
        h.end_headers()
        h.wfile.write(data)
