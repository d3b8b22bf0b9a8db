"""Hidden check for day28/capstone_service: one line per case.

The learner's service (capstone/app.py and what it imports) is built with create_app()
several times, each on its own SQLite file in the run's working directory, with the
check's secret, users and clock (`now` returns whole seconds the check sets). Its cache
is the REAL redis-server of this run (database 0, read back by the check's own client:
keys, JSON values, TTLs). Its Celery app (capstone/jobs.py) uses the same server as
broker (db 1) and result backend (db 2); a REAL worker runs in a thread of this process
(day17's grader/celery_harness.py), and a signal records in which thread each task ran,
so running the task inside the request (eager mode, a direct call) is seen. Logs are
captured by a handler on the "capstone" logger; /metrics is parsed with prometheus_client.
Last, a short flow runs through a real uvicorn server on 127.0.0.1.
"""
import json
import re
import threading
import warnings

warnings.filterwarnings("ignore", message=".*httpx.*starlette.testclient.*")
warnings.filterwarnings("ignore", message=".*HMAC key.*")

import logging  # noqa: E402

import httpx  # noqa: E402
import jwt  # noqa: E402
import redis  # noqa: E402
from pygrade_check import Check, show  # noqa: E402
from pygrade_http import Clock, bearer, body_of, login_result, status_detail  # noqa: E402

check = Check()
app_module = check.load("capstone/app.py", name="capstone.app")
jobs_module = check.load("capstone/jobs.py", name="capstone.jobs")
if not (check.need(app_module, "create_app") and check.need(jobs_module, "make_celery")):
    check.done()

from celery import Celery  # noqa: E402
from celery.signals import task_prerun  # noqa: E402
from celery_harness import EmbeddedWorker  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402
from prometheus_client.parser import text_string_to_metric_families  # noqa: E402
from pygrade_services import redis_socket, redis_url, serve_app, wait_until  # noqa: E402

REDIS = redis_url()
SOCKET = redis_socket()
BROKER = "redis+socket://" + SOCKET + "?virtual_host=1"
BACKEND = "redis+socket://" + SOCKET + "?virtual_host=2"
T0 = 1_714_564_800
LIFETIME = 900
TTL = 60
SECRET = "day28-check-secret-0123456789abcdefghijklmnopqrstuvwxyz"
OTHER_SECRET = "day28-another-secret-9876543210zyxwvutsrqponmlkjihgfedcba"
USERS = {"ada": "correct horse battery", "bob": "tr0ub4dor&3xyz"}
START_TIMEOUT = 20.0
TASK_TIMEOUT = 10.0

store = redis.Redis.from_url(REDIS, decode_responses=True)

clock = Clock(T0)


class Broken(Exception):
    """The case cannot go on: its message is the case's result."""


# -- log capture -------------------------------------------------------------------------------
class Capture(logging.Handler):
    def __init__(self):
        super().__init__(logging.DEBUG)
        self.records = []

    def emit(self, record):
        try:
            text = record.getMessage()
        except Exception:  # a learner's bad %-format: show it as text
            text = str(record.msg)
        self.records.append((record.levelno, text))


capture = Capture()
logging.getLogger("capstone").addHandler(capture)
logging.getLogger("capstone").setLevel(logging.INFO)
logging.getLogger("capstone").propagate = False  # records stop here: no copies on stderr

# -- the learner's apps --------------------------------------------------------------------------
state = {}
apps = {}


def celery_app():
    if "celery" not in state:
        state["celery"] = Broken("make_celery failed (see the first case)")
        made = jobs_module.make_celery(BROKER, BACKEND)
        if not isinstance(made, Celery):
            raise Broken("make_celery returned " + show(made) + ", expected a Celery app")
        state["celery"] = made
    value = state["celery"]
    if isinstance(value, Broken):
        raise value
    return value


def client_for(key, database_url):
    if key not in apps:
        apps[key] = Broken("create_app(database_url=" + show(database_url) + ", ...) failed (see the first case)")
        app = app_module.create_app(database_url=database_url, redis_url=REDIS, celery_app=celery_app(),
                                    secret=SECRET, users=dict(USERS), now=clock)
        client = TestClient(app, raise_server_exceptions=False)
        client.__enter__()
        apps[key] = client
    value = apps[key]
    if isinstance(value, BaseException):
        raise value
    return value


def a():
    return client_for("a", "sqlite:///items-a.db")


def case(label, thunk):
    def run():
        try:
            a()
            return thunk()
        except Broken as exc:
            return str(exc)

    check.case(label, run, render=str)


def item_text(value):
    if not isinstance(value, dict) or set(value) != {"id", "name", "price_cents"}:
        return "not an item: " + show(value)
    if not isinstance(value["id"], int) or isinstance(value["id"], bool):
        return "an item whose id is " + show(value["id"])
    return "item(" + show(value["name"]) + ", " + show(value["price_cents"]) + ")"


def answer(response):
    return str(response.status_code) + " " + item_text(body_of(response))


def login(client, username, password):
    return client.post("/login", json={"username": username, "password": password})


def token_of(client, username="ada"):
    response = login(client, username, USERS[username])
    body = body_of(response)
    token = body.get("access_token") if isinstance(body, dict) else None
    if response.status_code != 200 or not isinstance(token, str):
        raise Broken("login of " + username + " failed: " + str(response.status_code) + " " + show(body))
    return token


def ada():
    if "ada" not in state:
        state["ada"] = bearer(token_of(a()))
    return state["ada"]


def create(client, headers, name, price, key=None):
    response = client.post("/items", json={"name": name, "price_cents": price}, headers=headers)
    value = body_of(response)
    if key and isinstance(value, dict) and isinstance(value.get("id"), int):
        state[key] = value["id"]
    return response


def item_id(key):
    if key not in state:
        raise Broken("no item id to use (creating it failed)")
    return state[key]


# -- login and tokens ----------------------------------------------------------------------------


def login_ada():
    text, state["token"] = login_result(login(a(), "ada", USERS["ada"]))
    return text


case("login ada", login_ada)


def claims():
    token = state.get("token")
    if not isinstance(token, str):
        return "no token to read"
    try:
        header = jwt.get_unverified_header(token)
        values = jwt.decode(token, SECRET, algorithms=["HS256"], options={"verify_exp": False, "verify_iat": False})
    except jwt.InvalidTokenError as exc:
        return "not an HS256 token signed with the app's secret (" + type(exc).__name__ + ")"
    exp = values.get("exp")
    return ("alg " + show(header.get("alg")) + ", sub " + show(values.get("sub"))
            + ", exp - now() = " + (str(exp - T0) if isinstance(exp, int) else show(exp)))


case("ada's token", claims)
case("login ada with bob's password", lambda: str(login(a(), "ada", USERS["bob"]).status_code))
case("login with a username not in users", lambda: str(login(a(), "carol", USERS["ada"]).status_code))


def route_statuses(headers):
    path = "/items/1"
    return ", ".join([
        "POST /items " + str(a().post("/items", json={"name": "x", "price_cents": 1}, headers=headers).status_code),
        "GET /items " + str(a().get("/items", headers=headers).status_code),
        "GET one " + str(a().get(path, headers=headers).status_code),
        "PUT " + str(a().put(path, json={"name": "x", "price_cents": 1}, headers=headers).status_code),
        "DELETE " + str(a().delete(path, headers=headers).status_code),
        "POST /reports " + str(a().post("/reports", headers=headers).status_code),
        "GET /reports/x " + str(a().get("/reports/x", headers=headers).status_code),
    ])


case("every route without a token", lambda: route_statuses({}))
case("GET /items with `Bearer not-a-jwt`", lambda: str(a().get("/items", headers=bearer("not-a-jwt")).status_code))
case("GET /items with ada's token signed by another key", lambda: str(a().get("/items", headers=bearer(
    jwt.encode({"sub": "ada", "iat": T0, "exp": T0 + LIFETIME}, OTHER_SECRET, algorithm="HS256"))).status_code))


def expiry():
    headers = ada()
    token = headers["Authorization"].split(" ", 1)[1]
    exp = jwt.decode(token, options={"verify_signature": False}).get("exp")
    if not isinstance(exp, int):
        return "the token has no int exp: " + show(exp)
    parts = []
    try:
        for offset in (-1, 0, 3600):
            clock.t = exp + offset
            parts.append("at exp" + ("%+d" % offset if offset else "") + ": " + str(a().get("/items", headers=headers).status_code))
    finally:
        clock.t = T0
    return ", ".join(parts)


case("GET /items with ada's token as the clock moves", expiry)

# -- CRUD ------------------------------------------------------------------------------------------
case("create Lamp at 1999 cents", lambda: answer(create(a(), ada(), "Lamp", 1999, "lamp")))
case("create Desk at 15000 cents", lambda: answer(create(a(), ada(), "Desk", 15000, "desk")))
case("create Ünïcode ✓ at 0 cents", lambda: answer(create(a(), ada(), "Ünïcode ✓", 0, "free")))


def names(response):
    value = body_of(response)
    if isinstance(value, list):
        shown = [v.get("name") if isinstance(v, dict) else v for v in value]
        shown = [n if not isinstance(n, str) or len(n) <= 20 else "<" + str(len(n)) + " characters>" for n in shown]
        return str(response.status_code) + " " + show(shown)
    return str(response.status_code) + " " + show(value)


case("list the items", lambda: names(a().get("/items", headers=ada())))
case("read Desk", lambda: answer(a().get("/items/" + str(item_id("desk")), headers=ada())))


def update_desk():
    path = "/items/" + str(item_id("desk"))
    put = a().put(path, json={"name": "Standing desk", "price_cents": 24900}, headers=ada())
    return answer(put) + "; read back: " + answer(a().get(path, headers=ada()))


case("update Desk", update_desk)


def delete_free():
    path = "/items/" + str(item_id("free"))
    response = a().delete(path, headers=ada())
    body = "empty body" if not response.content else "body " + show(response.text)
    return str(response.status_code) + " " + body + "; then GET: " + str(a().get(path, headers=ada()).status_code)


case("delete the 0-cent item", delete_free)


def bad_bodies():
    bodies = [("no name", {"price_cents": 5}), ("empty name", {"name": "", "price_cents": 5}),
              ("101-char name", {"name": "n" * 101, "price_cents": 5}), ("price -1", {"name": "x", "price_cents": -1}),
              ("price \"5\"", {"name": "x", "price_cents": "5"}), ("price 1.5", {"name": "x", "price_cents": 1.5})]
    return ", ".join(label + " " + str(a().post("/items", json=body, headers=ada()).status_code) for label, body in bodies)


case("POST /items with bad bodies", bad_bodies)


def bad_put():
    path = "/items/" + str(item_id("lamp"))
    put = a().put(path, json={"name": "", "price_cents": 5}, headers=ada())
    return str(put.status_code) + "; Lamp afterwards: " + answer(a().get(path, headers=ada()))


case("PUT Lamp with an empty name", bad_put)
case("create a 100-character name", lambda: str(create(a(), ada(), "n" * 100, 1).status_code))


def unknown():
    path = "/items/987654"
    return ", ".join([
        "GET " + status_detail(a().get(path, headers=ada())),
        "PUT " + status_detail(a().put(path, json={"name": "t", "price_cents": 1}, headers=ada())),
        "DELETE " + status_detail(a().delete(path, headers=ada())),
    ]) + "; then GET " + str(a().get(path, headers=ada()).status_code)


case("GET, PUT, DELETE an id nobody has", unknown)


def second_app():
    b = client_for("b", "sqlite:///items-a.db")
    return "lists " + names(b.get("/items", headers=bearer(token_of(b))))


case("a second app on items-a.db", second_app)


def other_file():
    c = client_for("c", "sqlite:///items-c.db")
    return "lists " + names(c.get("/items", headers=bearer(token_of(c))))


case("an app on items-c.db", other_file)

# -- the cache ---------------------------------------------------------------------------------------


def cache_fill():
    created = create(a(), ada(), "Chair", 4500, "chair")
    if created.status_code != 201:
        return "creating Chair answered " + str(created.status_code)
    key = "item:" + str(item_id("chair"))
    store.delete(key)
    read = a().get("/items/" + str(item_id("chair")), headers=ada())
    raw = store.get(key)
    try:
        cached = item_text(json.loads(raw)) if raw is not None else "nothing"
    except ValueError:
        cached = "not JSON: " + show(raw)
    ttl = store.ttl(key)
    ttl_text = "no TTL" if ttl == -1 else "no key" if ttl == -2 else "TTL in 50..60 s: " + str(50 <= ttl <= TTL)
    return answer(read) + "; Redis " + key.split(":")[0] + ":<id> holds " + cached + ", " + ttl_text


case("read Chair on a cache miss", cache_fill)


def plant(key_name, name):
    item = {"id": item_id(key_name), "name": name, "price_cents": 1}
    store.set("item:" + str(item["id"]), json.dumps(item), ex=TTL)


def cache_hit():
    plant("chair", "Chair (from Redis)")
    return answer(a().get("/items/" + str(item_id("chair")), headers=ada()))


case("read Chair while Redis holds another value for it", cache_hit)


def stale_put():
    plant("chair", "stale")
    path = "/items/" + str(item_id("chair"))
    put = a().put(path, json={"name": "Armchair", "price_cents": 9900}, headers=ada())
    return str(put.status_code) + "; then GET " + answer(a().get(path, headers=ada()))


case("update Chair while it is cached", stale_put)


def stale_delete():
    plant("lamp", "stale")
    path = "/items/" + str(item_id("lamp"))
    gone = a().delete(path, headers=ada())
    return str(gone.status_code) + "; then GET " + str(a().get(path, headers=ada()).status_code)


case("delete Lamp while it is cached", stale_delete)

# -- logs ---------------------------------------------------------------------------------------------


def log_lines():
    parts = []
    for label, send in (("GET /items", lambda: a().get("/items", headers=ada())),
                        ("GET /items/987654", lambda: a().get("/items/987654", headers=ada())),
                        ("POST /items without a token", lambda: a().post("/items", json={"name": "x", "price_cents": 1}))):
        ada()
        del capture.records[:]
        send()
        records = [text for level, text in capture.records if level >= logging.INFO]
        if len(records) != 1:
            parts.append(label + ": " + str(len(records)) + " records")
            continue
        try:
            value = json.loads(records[0])
        except ValueError:
            parts.append(label + ": not JSON " + show(records[0][:60]))
            continue
        if not isinstance(value, dict):
            parts.append(label + ": " + show(value))
            continue
        parts.append(label + ": " + show({k: value.get(k) for k in ("method", "path", "status")}))
    return "; ".join(parts)


case("the log records of three requests", log_lines)

# -- metrics ------------------------------------------------------------------------------------------


def samples(text):
    found = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            found[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return found


def metrics():
    store.flushdb()
    m = client_for("m", "sqlite:///items-m.db")
    headers = bearer(token_of(m))
    made = create(m, headers, "Mug", 900)
    value = body_of(made)
    if made.status_code != 201 or not isinstance(value, dict):
        return "creating an item answered " + str(made.status_code)
    path = "/items/" + str(value.get("id"))
    m.get(path, headers=headers)
    m.get(path, headers=headers)
    m.get("/items/424242", headers=headers)
    m.get("/items")
    response = m.get("/metrics")
    if response.status_code != 200:
        return "GET /metrics answered " + str(response.status_code)
    try:
        found = samples(response.text)
    except Exception:
        return "GET /metrics is not Prometheus text: " + show(response.text[:80])

    def count(method, route, status):
        """The sample's value; a template's parameter may have any name ({item_id}, {id})."""
        pattern = re.compile("^" + re.escape(route).replace(re.escape("{item_id}"), r"\{[A-Za-z_][A-Za-z0-9_]*\}") + "$")
        total = 0
        for (name, labels), value in found.items():
            labels = dict(labels)
            if (name == "capstone_requests_total" and labels.get("method") == method
                    and labels.get("status") == status and pattern.match(labels.get("route", ""))):
                total += value
        return total

    parts = ["POST /login 200: %g" % count("POST", "/login", "200"),
             "POST /items 201: %g" % count("POST", "/items", "201"),
             "GET /items/{item_id} 200: %g" % count("GET", "/items/{item_id}", "200"),
             "GET /items/{item_id} 404: %g" % count("GET", "/items/{item_id}", "404"),
             "GET /items 401: %g" % count("GET", "/items", "401"),
             "cache hits: %g" % found.get(("capstone_cache_hits_total", ()), -1),
             "cache misses: %g" % found.get(("capstone_cache_misses_total", ()), -1)]
    return ", ".join(parts)


case("/metrics of a fresh app after six requests", metrics)

# -- jobs -------------------------------------------------------------------------------------------
ran_in = {}  # task id -> True when it ran in the worker's thread


def on_prerun(task_id=None, **_):
    worker = state.get("worker")
    ran_in[task_id] = worker is not None and threading.current_thread() is worker.thread


task_prerun.connect(on_prerun, weak=False)


def worker():
    if "worker" not in state:
        celery = celery_app()
        w = EmbeddedWorker(celery)
        state["worker"] = w
        if not w.start(START_TIMEOUT):
            raise Broken("the Celery worker did not start within " + format(START_TIMEOUT, "g") + " s")
        state["reader"] = Celery("pygrade-reader", backend=BACKEND, set_as_current=False)
    return state["worker"]


def run_report(client, headers):
    worker()
    response = client.post("/reports", headers=headers)
    value = body_of(response)
    job_id = value.get("job_id") if isinstance(value, dict) else None
    if not isinstance(job_id, str):
        raise Broken("POST /reports answered " + str(response.status_code) + " " + show(value))
    if ran_in.get(job_id) is False:
        raise Broken(str(response.status_code) + ", but the task ran inside the request, not in the worker")
    try:
        wait_until(lambda: state["reader"].AsyncResult(job_id).state in ("SUCCESS", "FAILURE"),
                   timeout=TASK_TIMEOUT, what="the worker to finish the report")
    except TimeoutError as exc:
        raise Broken(str(response.status_code) + ", not finished: " + str(exc)) from None
    where = ran_in.get(job_id)
    text = (str(response.status_code) + ", ran in the worker: " + str(where is True)
            + ", backend state " + state["reader"].AsyncResult(job_id).state)
    read = client.get("/reports/" + job_id, headers=headers)
    return text + "; GET /reports/<id>: " + str(read.status_code) + " " + show(body_of(read))


def task_names():
    celery = celery_app()
    if "capstone.report" in celery.tasks:
        return "'capstone.report' is registered"
    mine = sorted(name for name in celery.tasks if not name.startswith("celery."))
    return "no task named 'capstone.report'; the app has " + show(mine)


case("the tasks of make_celery's app", task_names)


def report_r():
    r = client_for("r", "sqlite:///items-r.db")
    headers = bearer(token_of(r))
    for name, price in (("Pen", 150), ("Ink", 725), ("Pad", 399)):
        create(r, headers, name, price)
    return run_report(r, headers)


case("a report on three items", report_r)


def report_empty():
    e = client_for("e", "sqlite:///items-e.db")
    return run_report(e, bearer(token_of(e)))


case("a report on an empty database", report_empty)
case("GET /reports of an id no job has",
     lambda: (lambda r: str(r.status_code) + " " + show(body_of(r)))(a().get("/reports/5e1f0000-unknown-job", headers=ada())))

# -- the same service through uvicorn ------------------------------------------------------------------


def served():
    worker()
    store.flushdb()
    app = app_module.create_app(database_url="sqlite:///items-u.db", redis_url=REDIS, celery_app=celery_app(),
                                secret=SECRET, users=dict(USERS), now=clock)
    steps = []
    with serve_app(app) as base, httpx.Client(base_url=base, timeout=30) as http:
        response = login(http, "bob", USERS["bob"])
        body = body_of(response)
        token = body.get("access_token") if isinstance(body, dict) else None
        steps.append("login " + str(response.status_code))
        headers = bearer(token if isinstance(token, str) else "")
        made = create(http, headers, "Served", 1234)
        steps.append("create " + str(made.status_code))
        value = body_of(made)
        path = "/items/" + str(value.get("id") if isinstance(value, dict) else 0)
        steps.append("read twice " + answer(http.get(path, headers=headers)) + " / " + answer(http.get(path, headers=headers)))
        steps.append("report " + run_report(http, headers).split("; GET")[1].strip())
        text = http.get("/metrics").text
        steps.append("metrics has capstone_requests_total: " + str("capstone_requests_total{" in text))
    return ", ".join(steps)


case("through uvicorn: bob logs in, creates, reads, reports", served)

for client in apps.values():
    if isinstance(client, TestClient):
        client.__exit__(None, None, None)
check.done()
