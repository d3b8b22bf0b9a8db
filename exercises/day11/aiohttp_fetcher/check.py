"""Hidden check for day11/aiohttp_fetcher: one line per case.

Every case starts the check's own HTTP server on 127.0.0.1 (grader/loopback_server.py)
in the same event loop as the learner's fetch_all, then reports what the server saw:
the most requests in flight at once and the attempts per URL. Nothing is timed: slow
endpoints wait on events the check controls, and the "never answers" endpoint is only
released after the case, so a timeout is the fetcher's only way out.
"""
import asyncio

import aiohttp
from loopback_server import LoopbackServer
from pygrade_check import Check, Verdict, show

check = Check()
mod = check.load("aiohttp_fetcher.py")
if not check.need(mod, "fetch_all"):
    check.done()
fetch_all = mod.fetch_all

# Real seconds before a case is called stuck. Only a broken fetcher gets near it: every
# request a correct one makes is answered (or deliberately never answered, with a short
# client timeout) within milliseconds.
GUARD = 5.0
# Client timeout for cases that do not test timeouts: far longer than any case needs.
PATIENT = 30.0


class Stuck(Exception):
    """fetch_all did not return within GUARD."""


def render_slot(value):
    if isinstance(value, aiohttp.ClientResponseError):
        return "HTTP " + str(value.status)
    if isinstance(value, (asyncio.TimeoutError, TimeoutError)):
        return "timed out"
    if isinstance(value, aiohttp.ClientError):
        return "client error " + type(value).__name__
    if isinstance(value, BaseException):
        return "error " + type(value).__name__
    return show(value)


def render(results):
    if not isinstance(results, list):
        raise Verdict("returned " + show(results) + ", expected a list")
    return "[" + ", ".join(render_slot(r) for r in results) + "]"


async def scenario(paths, concurrency, retries, timeout, control=None):
    """Run fetch_all against a fresh server; return (results, server)."""
    server = LoopbackServer()
    await server.start()
    try:
        urls = [server.url(path) for path in paths]
        fetch = asyncio.ensure_future(fetch_all(urls, concurrency, retries, timeout))
        controller = asyncio.ensure_future(control(server)) if control else None
        await asyncio.wait({fetch}, timeout=GUARD)
        if controller is not None:
            controller.cancel()
        if not fetch.done():
            fetch.cancel()
            await asyncio.wait({fetch}, timeout=1.0)  # let the session close
            raise Stuck()
        return fetch.result(), server
    finally:
        await server.stop()


def run(paths, concurrency, retries=0, timeout=PATIENT, control=None):
    return asyncio.run(scenario(paths, concurrency, retries, timeout, control))


def case(label, thunk):
    """A case whose thunk returns the text to print."""

    def guarded():
        try:
            return thunk()
        except Stuck:
            return "stuck: fetch_all never returned (a request is waiting on another)"

    check.case(label, guarded, render=str)


def attempts_word(n):
    return str(n) + (" attempt" if n == 1 else " attempts")


# -- bodies and order --------------------------------------------------------------------
case("no URLs", lambda: render(run([], 3)[0]))
case("3 quick URLs, concurrency 2",
     lambda: render(run(["/text/ada", "/text/bob", "/text/zoë"], 2)[0]))
def twice():
    results, server = run(["/text/twice", "/text/twice"], 2)
    return render(results) + ", requests made: " + str(server.attempts["/text/twice"])


case("the same quick URL twice, concurrency 2", twice)


def answered_last_first():
    paths = ["/hold/" + str(i) for i in range(4)]
    results, _ = run(paths, 4, control=lambda server: server.release_reversed(4))
    return render(results)


case("4 URLs the server answers last-first, concurrency 4", answered_last_first)

# -- the concurrency limit, measured at the server -----------------------------------------


def limit_report(count, concurrency):
    paths = ["/hold/" + str(i) for i in range(count)]
    results, server = run(
        paths, concurrency, control=lambda s: s.release_in_waves(concurrency, count)
    )
    render(results)  # a result that is not a list ends the case saying what it was
    in_order = results == ["held " + str(i) for i in range(count)]
    return "results in order: " + str(in_order) + ", max in flight: " + str(server.peak)


case("10 URLs, concurrency 3", lambda: limit_report(10, 3))
case("4 URLs, concurrency 1", lambda: limit_report(4, 1))
case("5 URLs, concurrency 8", lambda: limit_report(5, 8))


def slow_among_quick():
    # The slow URL is answered only after the server has answered both quick ones, so
    # the run finishes only if a slow request does not hold up the rest.
    async def release_slow_last(server):
        await server.wait_until(lambda: len(server.answered) >= 2 and len(server.held) == 1)
        server.held.pop()[1].set()

    results, _ = run(["/hold/slow", "/text/a", "/text/b"], 2, control=release_slow_last)
    return render(results)


case("a slow URL first, then 2 quick ones, concurrency 2", slow_among_quick)

# -- retries and failures ------------------------------------------------------------------


def outcome(path, retries, timeout=PATIENT):
    results, server = run([path], 1, retries=retries, timeout=timeout)
    return render(results) + " after " + attempts_word(server.attempts[path])


case("a URL that fails twice then works, retries 2", lambda: outcome("/flaky/k/2", 2))
case("a URL that fails 3 times then works, retries 2", lambda: outcome("/flaky/k/3", 2))
case("a URL that always fails, retries 0", lambda: outcome("/fail/k", 0))
case("a URL that is not found, retries 3", lambda: outcome("/missing/k", 3))
case("a URL that never answers, timeout 0.5, retries 1",
     lambda: outcome("/hang/k", 1, timeout=0.5))


case("a URL answered 201 Created, retries 2", lambda: outcome("/status/k/201", 2))
case("a URL answered 503, 502, then 203, retries 2", lambda: outcome("/status/k/503-502-203", 2))
case("a URL answered 503, then 500, retries 1", lambda: outcome("/status/k/503-500", 1))
case("a URL answered 504 every time, retries 3", lambda: outcome("/status/k/504", 3))


def client_errors():
    paths = ["/status/a/403", "/status/b/429", "/status/c/400", "/status/d/410"]
    results, server = run(paths, 2, retries=2)
    return render(results) + ", attempts " + ", ".join(str(server.attempts[p]) for p in paths)


case("URLs answered 403, 429, 400 and 410, retries 2", client_errors)


def dropped(hits, retries):
    # aiohttp resends a GET once by itself when the connection drops, so `hits` server
    # requests make hits // 2 failed attempts of the fetcher.
    results, _ = run(["/drop/k/" + str(hits)], 1, retries=retries)
    return render(results)


case("a URL whose connection drops on the first attempt, retries 1", lambda: dropped(2, 1))
case("a URL whose connection always drops, retries 2", lambda: dropped(1000, 2))


def queued_not_timed():
    results, server = run(["/hang/a", "/hang/b", "/text/after"], 1, retries=0, timeout=1.0)
    return render(results)


case("2 URLs that never answer then a quick one, concurrency 1, timeout 1", queued_not_timed)


def mixed():
    paths = ["/text/fine", "/fail/x", "/missing/y", "/flaky/z/1"]
    results, server = run(paths, 2, retries=1)
    tries = ", ".join(str(server.attempts[p]) for p in paths)
    return render(results) + ", attempts " + tries


case("a good, a broken, a missing and a flaky URL, retries 1", mixed)
def bad_concurrency(paths, concurrency):
    def attempt():
        try:
            return run(paths, concurrency)
        except Stuck:
            raise Verdict("stuck: fetch_all never returned (expected ValueError)")

    return attempt


check.raises("concurrency 0", bad_concurrency(["/text/a"], 0), ValueError)
check.raises("concurrency -2", bad_concurrency(["/text/a"], -2), ValueError)
check.raises("concurrency 0 and no URLs", bad_concurrency([], 0), ValueError)
check.done()
