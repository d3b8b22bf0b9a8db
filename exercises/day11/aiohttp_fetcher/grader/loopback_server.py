"""The check's own HTTP server on 127.0.0.1 (port 0: the OS picks a free port).

It runs in the same event loop as the learner's fetcher, so it can see, without any
clock, what the fetcher did: how many requests were inside a handler at once, and how
many attempts each URL got. Endpoints (all GET):

  /text/{name}            200 at once, a non-ASCII body
  /hold/{name}            200, but only when the check releases it (see release_in_waves)
  /flaky/{key}/{n}        500 for the first n attempts at this key, then 200
  /fail/{key}             always 500
  /missing/{key}          always 404
  /status/{key}/{codes}   answers codes[n-1] on the n-th attempt ("503-500-201"), the
                          last code from then on
  /drop/{key}/{hits}      drops the connection unanswered for the first `hits` requests
                          (aiohttp itself resends a GET once on such a drop), then 200
  /hang/{key}             never answers while the case runs (released at the end), so a
                          client timeout is the only way out: deterministic, not slow
"""

import asyncio
from collections import Counter

from aiohttp import web

# Loop iterations with no traffic before the check treats the client as "done sending".
# Requests already written by an in-process client over loopback arrive within a few
# iterations; this is a wide margin. It only matters for clients that send too many
# requests at once (a correct client cannot send more, whatever this number is).
QUIET_ITERATIONS = 200


class LoopbackServer:
    def __init__(self):
        self.attempts = Counter()  # request path -> how many times it was asked for
        self.in_flight = 0  # requests inside a handler right now
        self.peak = 0  # the most that ever were at once
        self.held = []  # (name, release event) of /hold requests still waiting
        self.hold_arrivals = 0
        self.answered = []  # /hold and /text names, in the order their handler finished
        self.traffic = 0  # bumps on every arrival and departure, for settle()
        self._changed = asyncio.Event()
        self._unhang = asyncio.Event()
        self._runner = None
        self.base = None

    # -- lifecycle -------------------------------------------------------------------------
    async def start(self):
        app = web.Application()
        app.router.add_get("/text/{name}", self._text)
        app.router.add_get("/hold/{name}", self._hold)
        app.router.add_get("/flaky/{key}/{failures}", self._flaky)
        app.router.add_get("/fail/{key}", self._fail)
        app.router.add_get("/missing/{key}", self._missing)
        app.router.add_get("/status/{key}/{codes}", self._status)
        app.router.add_get("/drop/{key}/{hits}", self._drop)
        app.router.add_get("/hang/{key}", self._hang)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0, shutdown_timeout=1.0)
        await site.start()
        host, port = self._runner.addresses[0][:2]
        self.base = "http://" + host + ":" + str(port)

    async def stop(self):
        # Let every parked handler finish first, so shutdown has nothing to wait for.
        self._unhang.set()
        for _, release in self.held:
            release.set()
        await self._runner.cleanup()

    def url(self, path):
        return self.base + path

    # -- bookkeeping -------------------------------------------------------------------------
    def _bump(self):
        self.traffic += 1
        self._changed.set()

    def _arrive(self, request):
        self.attempts[request.path] += 1
        self.in_flight += 1
        self.peak = max(self.peak, self.in_flight)
        self._bump()

    def _leave(self, name=None):
        self.in_flight -= 1
        if name is not None:
            self.answered.append(name)
        self._bump()

    # -- handlers ------------------------------------------------------------------------------
    async def _text(self, request):
        self._arrive(request)
        name = request.match_info["name"]
        self._leave(name)
        return web.Response(text="héllo " + name + " ✓")

    async def _hold(self, request):
        self._arrive(request)
        name = request.match_info["name"]
        release = asyncio.Event()
        self.held.append((name, release))
        self.hold_arrivals += 1
        await release.wait()
        self._leave(name)
        return web.Response(text="held " + name)

    async def _flaky(self, request):
        self._arrive(request)
        key, failures = request.match_info["key"], int(request.match_info["failures"])
        self._leave()
        if self.attempts[request.path] <= failures:
            return web.Response(status=500, text="not yet")
        return web.Response(text="recovered " + key)

    async def _fail(self, request):
        self._arrive(request)
        self._leave()
        return web.Response(status=500, text="always broken")

    async def _missing(self, request):
        self._arrive(request)
        self._leave()
        return web.Response(status=404, text="no such thing")

    async def _status(self, request):
        self._arrive(request)
        codes = [int(code) for code in request.match_info["codes"].split("-")]
        code = codes[min(self.attempts[request.path], len(codes)) - 1]
        self._leave()
        return web.Response(status=code, text="answer " + str(code) + " for " + request.match_info["key"])

    async def _drop(self, request):
        self._arrive(request)
        self._leave()
        if self.attempts[request.path] <= int(request.match_info["hits"]):
            request.transport.abort()  # no answer at all: the client sees a disconnect
            await asyncio.sleep(0)
        return web.Response(text="reconnected " + request.match_info["key"])

    async def _hang(self, request):
        self._arrive(request)
        await self._unhang.wait()
        self._leave()
        return web.Response(text="too late")

    # -- the check's side ------------------------------------------------------------------------
    async def wait_until(self, condition):
        while not condition():
            self._changed.clear()
            await self._changed.wait()

    async def settle(self):
        """Return once QUIET_ITERATIONS loop iterations pass with no traffic at all."""
        quiet, seen = 0, self.traffic
        while quiet < QUIET_ITERATIONS:
            await asyncio.sleep(0)
            if self.traffic != seen:
                quiet, seen = 0, self.traffic
            else:
                quiet += 1

    async def release_in_waves(self, concurrency, total):
        """Answer `total` /hold requests in waves. A wave is released once the client
        has `concurrency` requests parked here (a correct client can send no more) or
        has sent all `total`, and traffic has settled, so an unbounded client shows
        every request it had already sent. Parked requests cannot finish early, so a
        correct client always reaches exactly `concurrency` in flight."""
        released = 0
        while released < total:
            await self.wait_until(
                lambda: len(self.held) >= concurrency or self.hold_arrivals >= total
            )
            await self.settle()
            wave, self.held = self.held, []
            for _, release in wave:
                release.set()
            released += len(wave)

    async def release_reversed(self, total):
        """Park all `total` /hold requests, then answer them last-first, one at a time,
        each after the previous answer has settled: the responses finish in reverse."""
        await self.wait_until(lambda: self.hold_arrivals >= total)
        await self.settle()
        wave, self.held = self.held, []
        for _, release in sorted(wave, reverse=True):
            release.set()
            await self.settle()
