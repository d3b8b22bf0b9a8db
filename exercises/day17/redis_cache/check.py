"""Hidden check for day17/redis_cache: one line per case.

The learner's functions run against the REAL redis-server this run starts
(pygrade_services.redis_url(); services = ["redis"] in exercise.toml). There is no
fake: if the server cannot start, the run is a setup problem, never a pass.

What the check reads back it reads with its own client: the keys, the Redis type and
the raw bytes stored, and the remaining expiry with PTTL. Nothing waits on the clock:
expiry is proven by the check expiring a key itself (PEXPIRE key 0), and "the TTL is
not reset by a hit" by the check shortening a key's expiry to 30 s and reading PTTL back
after the hit.
"""
import copy
import json

import redis
from pygrade_check import Check, Verdict, show
from pygrade_services import redis_url

check = Check()
mod = check.load("redis_cache.py")
if not check.need(mod, "get_user", "invalidate_user", "cached"):
    check.done()

URL = redis_url()
learner_r = redis.Redis.from_url(URL)  # the client handed to the learner's code
admin = redis.Redis.from_url(URL)  # the check's own client: reads what was stored

# PTTL lower bound for "about N s": generous, only a machine stalled for 10 s misses it.
SLACK_MS = 10_000

USERS = {
    7: {"id": 7, "name": "Zoë Ångström", "langs": ["fr", "日本語"], "admin": False,
        "score": 9.5, "manager": None},
    70: {"id": 70, "name": "Bob", "langs": [], "admin": True, "score": 0, "manager": 7},
    71: {"id": 71, "name": "Ünal ✓", "tags": {"team": "núcleo"}},
    17: {"id": 17, "name": "Ana"},
    42: {"id": 42, "name": "Grace"},
    "zoë-9": {"id": "zoë-9", "name": "Zoë"},
    # Falsy values are values too.
    101: 0,
    102: "",
    103: [],
    104: {},
    105: False,
}


class Loader:
    """The learner's `loader`: counts calls and returns a fresh copy each time."""

    def __init__(self):
        self.calls = []

    def __call__(self, user_id):
        self.calls.append(user_id)
        return copy.deepcopy(USERS.get(user_id))


def fresh():
    admin.flushdb()
    return Loader()


def keys():
    return sorted(k.decode("utf-8", "replace") for k in admin.keys("*"))


def has_non_ascii(value):
    return any(ord(ch) > 127 for ch in json.dumps(value, ensure_ascii=False))


def stored(key, value):
    """How `value` was stored under `key`: Redis type, JSON, non-ASCII unescaped."""
    kind = admin.type(key).decode()
    if kind == "none":
        return "nothing stored under " + show(key)
    if kind != "string":
        return "a Redis " + kind + ", not a string of JSON"
    raw = admin.get(key)
    try:
        text = raw.decode("utf-8")
        decoded = json.loads(text)
    except ValueError:
        return "a string that is not UTF-8 JSON: " + show(raw.decode("utf-8", "replace")[:60])
    parts = ["a string of JSON", "equal to the value: " + str(decoded == value)]
    if has_non_ascii(value):
        parts.append("non-ASCII stored as UTF-8: " + str(text.isascii() is False and "\\u" not in text))
    return ", ".join(parts)


def expiry(key, ttl):
    """The key's remaining expiry, read with PTTL, as a deterministic phrase."""
    pttl = admin.pttl(key)
    if pttl == -2 and ttl == 1 and key in tiny_ttl_keys:
        # Stored with a 1 s expiry a moment ago: a stalled machine may already have seen
        # it expire. Other cases prove storing; this one is about the TTL being accepted.
        return "expires within 1 s"
    if pttl == -2:
        return "no such key"
    if pttl == -1:
        return "no expiry"
    top = ttl * 1000
    low = 0 if ttl < 20 else top - SLACK_MS
    if low < pttl <= top:
        return "expires within 1 s" if ttl == 1 else "expires in about " + str(ttl) + " s"
    return "expires in " + str(round(pttl / 1000, 3)) + " s"


def same(result, value):
    """Describe a returned value against the one the loader gave."""
    if result == value and type(result) is type(value):
        return "returned an equal value"
    return "returned " + show(result)


def calls(loader):
    return "loader calls: " + show(loader.calls)


# The learner's value has the wrong shape: the message is the case's result.
Wrong = Verdict


def run(label, thunk):
    check.case(label, thunk, render=str)


# -- a miss, then a hit ----------------------------------------------------------------------
loader = fresh()


def first_read():
    result = mod.get_user(learner_r, 7, loader)
    return same(result, USERS[7]) + "; " + calls(loader)


run("get_user of user 7, cache empty", first_read)
run("keys in Redis after that", lambda: show(keys()))
run("what is stored under user 7's key", lambda: stored("user:7", USERS[7]))
run("its expiry (ttl left at its default)", lambda: expiry("user:7", 60))


def second_read():
    result = mod.get_user(learner_r, 7, loader)
    return same(result, USERS[7]) + "; " + calls(loader)


run("get_user of user 7 again", second_read)


def after_expiry():
    admin.pexpire("user:7", 0)  # the check expires the entry: no waiting
    again = Loader()
    result = mod.get_user(learner_r, 7, again)
    return same(result, USERS[7]) + "; " + calls(again)


run("get_user of user 7 after its entry expired", after_expiry)

# -- TTLs --------------------------------------------------------------------------------------


tiny_ttl_keys = set()


def ttl_case(user_id, ttl):
    def thunk():
        loader = fresh()
        key = "user:" + str(user_id)
        if ttl > 1:
            result = mod.get_user(learner_r, user_id, loader, ttl=ttl)
            text = same(result, USERS[user_id]) + ", " + expiry(key, ttl)
            return text + "; " + stored(key, USERS[user_id])
        tiny_ttl_keys.add(key)
        result = mod.get_user(learner_r, user_id, loader, ttl=ttl)
        text = same(result, USERS[user_id]) + ", " + expiry(key, ttl)
        return text + "; " + calls(loader)

    return thunk


run("get_user of user 70 with ttl=1234", ttl_case(70, 1234))
run("get_user of user 71 with ttl=1", ttl_case(71, 1))


def hit_keeps_ttl():
    loader = fresh()
    mod.get_user(learner_r, 42, loader, ttl=100)
    if admin.pttl("user:42") < 0:
        raise Wrong("nothing with an expiry was cached for user 42 (" + expiry("user:42", 100) + ")")
    admin.pexpire("user:42", 30000)  # as if 70 s had passed
    result = mod.get_user(learner_r, 42, loader, ttl=100)
    pttl = admin.pttl("user:42")
    if 0 < pttl <= 30000:
        left = "expiry left as it was"
    elif pttl == -1:
        left = "expiry removed"
    elif pttl == -2:
        left = "the entry is gone"
    else:
        left = "expiry reset to about " + str(round(pttl / 1000)) + " s"
    return same(result, USERS[42]) + ", " + left + "; " + calls(loader)


run("a hit on user 42 (cached with ttl=100) when 30 s of it are left", hit_keeps_ttl)


def bad_ttl(ttl):
    def thunk():
        loader = fresh()
        try:
            result = mod.get_user(learner_r, 17, loader, ttl=ttl)
        except ValueError:
            text = "raises ValueError"
        else:
            text = "returned " + show(result) + " (expected ValueError)"
        return text + "; " + calls(loader) + "; keys: " + show(keys())

    return thunk


run("get_user of user 17 with ttl=0", bad_ttl(0))
run("get_user of user 17 with ttl=-5", bad_ttl(-5))

# -- None and falsy values ------------------------------------------------------------------


def unknown_user():
    loader = fresh()
    first = mod.get_user(learner_r, 999, loader)
    second = mod.get_user(learner_r, 999, loader)
    return "returned " + show(first) + " then " + show(second) + "; " + calls(loader) + "; keys: " + show(keys())


run("get_user of user 999 (the loader has no such user), twice", unknown_user)


def falsy_values():
    loader = fresh()
    ids = [101, 102, 103, 104, 105]
    for user_id in ids:
        mod.get_user(learner_r, user_id, loader)
    seconds = [mod.get_user(learner_r, user_id, loader) for user_id in ids]
    return "second reads returned " + show(seconds) + "; " + calls(loader)


run("users 101-105 (each a falsy value), read twice each", falsy_values)


def text_id():
    loader = fresh()
    result = mod.get_user(learner_r, "zoë-9", loader)
    return same(result, USERS["zoë-9"]) + "; keys: " + show(keys())


run("get_user of user 'zoë-9'", text_id)

# -- invalidation ------------------------------------------------------------------------------


def setup_invalidation():
    loader = fresh()
    for user_id in (7, 70, 17):
        mod.get_user(learner_r, user_id, loader)
    admin.set("user:7:prefs", "{}")
    admin.set("session:7", "{}")
    return loader


def as_bool(result):
    if isinstance(result, int) and result in (0, 1):  # bool, or redis' count of 0 or 1
        return str(bool(result))
    return show(result)


def invalidate_once():
    setup_invalidation()
    result = mod.invalidate_user(learner_r, 7)
    return "returned " + as_bool(result) + "; keys left: " + show(keys())


run("invalidate_user(7) with users 7, 70 and 17 cached", invalidate_once)
run("invalidate_user(7) again", lambda: "returned " + as_bool(mod.invalidate_user(learner_r, 7)))
run("invalidate_user(5), never cached", lambda: "returned " + as_bool(mod.invalidate_user(learner_r, 5)))


def read_after_invalidation():
    again = Loader()
    result = mod.get_user(learner_r, 7, again)
    return same(result, USERS[7]) + "; " + calls(again)


run("get_user of user 7 after the invalidation", read_after_invalidation)

# -- the decorator -----------------------------------------------------------------------------
PRICES = {"ab-1": 1250, "çé-2": 99}


def make_price():
    seen = []

    def price(sku, currency="EUR"):
        """Price of one product."""
        seen.append((sku, currency))
        if sku not in PRICES:
            return None
        return {"sku": sku, "currency": currency, "cents": PRICES[sku], "label": "Crème brûlée"}

    return price, seen


def key_fn(sku, currency="EUR"):
    return "price:" + sku + ":" + currency


def decorate(ttl=None):
    price, seen = make_price()
    factory = mod.cached(learner_r, key_fn) if ttl is None else mod.cached(learner_r, key_fn, ttl=ttl)
    if not callable(factory):
        raise Wrong("cached(...) returned " + show(factory) + ", expected a decorator")
    wrapper = factory(price)
    if not callable(wrapper):
        raise Wrong("the decorator returned " + show(wrapper) + ", expected a function")
    return price, seen, wrapper


def decorated_reads():
    admin.flushdb()
    _, seen, wrapper = decorate(ttl=300)
    results = [
        wrapper("ab-1"),
        wrapper("ab-1"),
        wrapper(sku="ab-1"),
        wrapper("ab-1", currency="USD"),
        wrapper("ab-1", "USD"),
    ]
    expect = [{"sku": "ab-1", "currency": c, "cents": 1250, "label": "Crème brûlée"}
              for c in ("EUR", "EUR", "EUR", "USD", "USD")]
    same_all = "results right: " + str(results == expect)
    return same_all + "; calls: " + show(seen) + "; keys: " + show(keys())


run("a cached price(): 5 calls for 'ab-1' in EUR and USD, positional and keyword", decorated_reads)


def decorated_storage():
    value = {"sku": "ab-1", "currency": "EUR", "cents": 1250, "label": "Crème brûlée"}
    return stored("price:ab-1:EUR", value) + ", " + expiry("price:ab-1:EUR", 300)


run("what the cached price() stored for 'ab-1' in EUR", decorated_storage)


def decorated_default_ttl():
    admin.flushdb()
    _, seen, wrapper = decorate()
    wrapper("çé-2")
    return expiry("price:çé-2:EUR", 60) + "; calls: " + show(seen)


run("a cached price() with ttl left at its default, 'çé-2'", decorated_default_ttl)


def decorated_none():
    admin.flushdb()
    _, seen, wrapper = decorate(ttl=300)
    results = [wrapper("zz-9"), wrapper("zz-9")]
    return "returned " + show(results) + "; calls: " + show(seen) + "; keys: " + show(keys())


run("a cached price() of an unknown sku (the function returns None), twice", decorated_none)


def decorated_identity():
    price, _, wrapper = decorate(ttl=300)
    name = getattr(wrapper, "__name__", None)
    doc = getattr(wrapper, "__doc__", None)
    wrapped = getattr(wrapper, "__wrapped__", None)
    return ("__name__ " + show(name) + ", __doc__ kept: " + str(doc == price.__doc__)
            + ", __wrapped__ is the function: " + str(wrapped is price))


run("the cached price()'s metadata", decorated_identity)


def decorated_bad_ttl():
    admin.flushdb()
    try:
        result = mod.cached(learner_r, key_fn, ttl=0)
    except ValueError:
        return "raises ValueError"
    return "returned " + ("a decorator" if callable(result) else show(result)) + " (expected ValueError)"


run("cached(r, key_fn, ttl=0)", decorated_bad_ttl)
check.done()
