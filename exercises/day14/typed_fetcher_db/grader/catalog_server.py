"""Grader-owned product catalog served over HTTP on 127.0.0.1 (port 0: the kernel
picks a free one), in a daemon thread of the check process. Only loopback is used.

Each product id maps to a canned response, so every failure mode the fetcher must
survive is one id away. Requests are counted per id to see what the fetcher asked for.
"""

import collections
import http.server
import json
import re
import threading

_PATH = re.compile(r"^/products/([0-9]+)$")


def json_body(status, value):
    return ("send", status, "application/json", json.dumps(value).encode("utf-8"))


def raw_body(status, text):
    return ("send", status, "application/json", text.encode("utf-8"))


DROP = ("drop",)  # close the connection without answering


def meet(barrier, response):
    """Answer `response` only once every party of `barrier` has arrived, i.e. once that
    many requests are being handled at the same time; 503 if the barrier breaks (its
    own timeout ran out: the requests did not overlap)."""
    return ("meet", barrier, response)


class Catalog:
    def __init__(self):
        self.responses = {}
        self.hits = collections.Counter()
        self._lock = threading.Lock()
        catalog = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                match = _PATH.match(self.path)
                product_id = int(match[1]) if match else None
                with catalog._lock:
                    catalog.hits[product_id] += 1
                    response = catalog.responses.get(product_id, json_body(404, {"error": "not found"}))
                if response[0] == "meet":
                    _, barrier, response = response
                    try:
                        barrier.wait()
                    except threading.BrokenBarrierError:
                        response = json_body(503, {"error": "requests did not overlap"})
                if response[0] == "drop":
                    self.close_connection = True
                    return
                _, status, content_type, body = response
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):  # keep the learner's stderr readable
                pass

        class Server(http.server.ThreadingHTTPServer):
            daemon_threads = True
            request_queue_size = 64  # a burst of concurrent connects never waits on SYN retries

        self._server = Server(("127.0.0.1", 0), Handler)
        self.base_url = "http://127.0.0.1:%d" % self._server.server_address[1]
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def set(self, product_id, response):
        with self._lock:
            self.responses[product_id] = response

    def take_hits(self):
        """Requests per id since the last call, as a sorted list of (id, count)."""
        with self._lock:
            hits = sorted(self.hits.items(), key=lambda item: (item[0] is None, item[0] or 0))
            self.hits.clear()
        return hits
