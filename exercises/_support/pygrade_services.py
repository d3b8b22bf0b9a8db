"""Real services for checks, started inside the run's sandbox (copied next to check.py).

* ``redis_url()`` starts the real redis-server that pygrade found on the host (an
  exercise declares ``services = ["redis"]``; without the program pygrade gives a
  "needs redis-server" verdict before the check runs). It listens on a Unix socket in
  the run's private tmp dir only: no TCP port, no persistence, no host configuration.
* ``serve_app(app)`` serves an ASGI app with real uvicorn on 127.0.0.1 and an
  ephemeral port, in a thread of the check's process.
* ``wait_until(cond, timeout, what)`` is the one bounded poll every readiness wait
  uses; when it gives up it says what it waited for.

Everything started here dies with the run: pygrade kills the run's whole process
group (and its PID namespace) when the check ends, however it ends.
"""

import contextlib
import os
import socket
import subprocess
import sys
import threading
import time

from pygrade_check import grader_fault

__all__ = ["redis_url", "serve_app", "wait_until", "ServiceError"]

# Generous: only a broken machine gets near these on a loaded 2-core box.
START_TIMEOUT = 20.0
_POLL = 0.005


class ServiceError(Exception):
    """A service could not be started: a setup problem, never the learner's fault."""


def wait_until(cond, timeout=START_TIMEOUT, what="the condition"):
    """Poll ``cond()`` until it returns a true value (returned), for at most ``timeout``
    seconds of real time; raise ``TimeoutError`` naming ``what`` otherwise."""
    deadline = time.monotonic() + timeout
    while True:
        value = cond()
        if value:
            return value
        if time.monotonic() >= deadline:
            raise TimeoutError("gave up after " + format(timeout, "g") + " s waiting for " + what)
        time.sleep(_POLL)


def _fail(message):
    """A service failure is the machine's problem, not the learner's."""
    grader_fault(message)


_redis = {}


def redis_url():
    """Start this run's redis-server (once) and return its ``unix://`` URL."""
    if "url" in _redis:
        return _redis["url"]
    program = os.environ.get("PYGRADE_REDIS_SERVER")
    if not program:
        _fail("this check uses redis but the exercise does not declare services = [\"redis\"]")
    tmp = os.environ.get("TMPDIR") or os.getcwd()
    sock = os.path.join(tmp, "redis.sock")
    if len(sock.encode()) > 100:  # sun_path holds 108 bytes
        sock = os.path.relpath(sock)
    log = os.path.join(tmp, "redis.log")
    args = [
        program,
        "--port", "0",
        "--unixsocket", sock,
        "--unixsocketperm", "700",
        "--save", "",
        "--appendonly", "no",
        "--dir", tmp,
        "--logfile", log,
        "--daemonize", "no",
        "--protected-mode", "no",
    ]
    # Errors before redis-server reads its arguments go to stderr, the rest to its log.
    with open(log + ".err", "wb") as err:
        proc = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=err, stderr=err)

    def answers():
        if proc.poll() is not None:
            tail = ""
            for path in (log + ".err", log):
                with contextlib.suppress(OSError):
                    with open(path, encoding="utf-8", errors="replace") as f:
                        tail += f.read()[-300:]
            _fail("redis-server exited with status " + str(proc.returncode) + " before answering PING: " + tail.strip())
        return _ping(sock)

    try:
        wait_until(answers, what="redis-server to answer PING on its socket")
    except TimeoutError as exc:
        proc.kill()
        _fail(str(exc))
    _redis["proc"] = proc
    _redis["socket"] = os.path.abspath(sock)
    _redis["url"] = "unix://" + _redis["socket"]
    return _redis["url"]


def redis_socket():
    """The path of the running redis-server's socket (after ``redis_url()``)."""
    redis_url()
    return _redis["socket"]


def _ping(path):
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
            s.settimeout(1.0)
            s.connect(path)
            s.sendall(b"PING\r\n")
            return s.recv(16).startswith(b"+PONG")
    except OSError:
        return False


def _quick_server_class():
    import asyncio

    import uvicorn

    class QuickServer(uvicorn.Server):
        """uvicorn's server, looking for the stop flag every 5 ms instead of every
        100 ms: a check that starts and stops it spends its time on requests."""

        async def main_loop(self):
            counter = 0
            while not await self.on_tick(counter):
                counter = (counter + 1) % 864000
                await asyncio.sleep(0.005)

    return QuickServer


@contextlib.contextmanager
def serve_app(app, log_level="warning"):
    """Serve ASGI ``app`` with real uvicorn on 127.0.0.1; yield its base URL
    (``http://127.0.0.1:PORT``). Stopped, and its thread joined, on exit."""
    import uvicorn

    _QuickServer = _quick_server_class()
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    # Accepted connections inherit it: without it, uvicorn's separate header and body
    # writes meet the client's delayed ACK, and every request waits ~40 ms.
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(app, log_level=log_level, lifespan="auto", access_log=False)
    server = _QuickServer(config)
    # uvicorn installs signal handlers only in the main thread; keep it from trying.
    server.install_signal_handlers = lambda: None
    failure = []

    def run():
        try:
            server.run(sockets=[sock])
        except BaseException as exc:  # reported below, in the check's thread
            failure.append(exc)

    thread = threading.Thread(target=run, name="pygrade-uvicorn", daemon=True)
    thread.start()
    try:
        wait_until(
            lambda: server.started or failure or not thread.is_alive(),
            what="uvicorn to start serving on 127.0.0.1:" + str(port),
        )
        if not server.started:
            raise ServiceError("uvicorn did not start (the app's startup failed?)")
        yield "http://127.0.0.1:" + str(port)
    finally:
        server.should_exit = True
        thread.join(START_TIMEOUT)
        sock.close()
