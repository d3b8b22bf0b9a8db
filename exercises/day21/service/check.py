"""Hidden check for day21/service: one line per case.

The learner's service (service/app.py and what it imports) is built with create_app()
several times, each on its own SQLite file in the run's working directory, with a
secret and a clock the check controls (`now` returns whole seconds that the check sets;
one app is built without `now`, and only its token's iat is compared with the real
time, between bounds read before and after the login). It is driven end to end through FastAPI's TestClient,
then once more through a real uvicorn server on 127.0.0.1 (pygrade_services.serve_app).
Tokens are decoded and forged here with PyJWT; the database file is read directly with
sqlite3 to prove passwords are stored salted and hashed. Last, the real actionlint and
hadolint judge service/ci.yml and service/Dockerfile (grader/artifacts.py).
"""
import base64
import hashlib
import json
import os
import sqlite3
import time
import warnings

warnings.filterwarnings("ignore", message=".*httpx.*starlette.testclient.*")
warnings.filterwarnings("ignore", message=".*HMAC key.*")

import artifacts  # noqa: E402
import httpx  # noqa: E402
import jwt  # noqa: E402
from pygrade_check import Check, show  # noqa: E402
from pygrade_http import Clock, bearer, body_of, login_result, status_detail  # noqa: E402

check = Check()
app_module = check.load("service/app.py", name="service.app")
if not check.need(app_module, "create_app"):
    check.done()

from fastapi.testclient import TestClient  # noqa: E402
from pygrade_services import serve_app  # noqa: E402

T0 = 1_714_564_800  # 2024-05-01 12:00:00 UTC: a fixed past moment, on purpose
SECRET = "day21-check-secret-0123456789abcdefghijklmnopqrstuvwxyz"
OTHER_SECRET = "day21-another-secret-9876543210zyxwvutsrqponmlkjihgfedcba"
LIFETIME = 1800

clock = Clock(T0)


class Broken(Exception):
    """create_app itself failed: every case of that app reports the same."""


apps = {}


def client_for(key, database_url, secret=SECRET, clock=clock):
    """A TestClient (lifespan started) for one create_app() call, made once per key.
    If create_app fails, the first case shows the learner's exception (and traceback);
    later cases of that app say it failed."""
    if key not in apps:
        apps[key] = Broken("create_app(" + show(database_url) + ", ...) failed (see the first case)")
        try:
            app = app_module.create_app(database_url, secret, now=clock) if clock else \
                app_module.create_app(database_url, secret)
            client = TestClient(app, raise_server_exceptions=False)
            client.__enter__()
        except NotImplementedError as exc:
            apps[key] = exc
            raise
        apps[key] = client
    value = apps[key]
    if isinstance(value, BaseException):
        raise value
    return value


def a():
    return client_for("a", "sqlite:///notes-a.db")


def case(label, thunk, service=True):
    """A case whose thunk returns the text to print. Service cases start by building
    the first app, so an unfinished create_app reads "not done yet" everywhere."""

    def run():
        try:
            if service:
                a()
            return thunk()
        except Broken as exc:
            return str(exc)

    check.case(label, run, render=str)


def challenge(response):
    """A 401 with its WWW-Authenticate header (the Bearer scheme, parameters such as
    error="invalid_token" allowed), anything else as its status."""
    if response.status_code != 401:
        return str(response.status_code)
    header = response.headers.get("www-authenticate") or ""
    return "401" if header.split(" ", 1)[0].lower() == "bearer" else "401 without `WWW-Authenticate: Bearer` (got " + show(header or None) + ")"


def note_text(value):
    if not (isinstance(value, dict) and isinstance(value.get("id"), int) and not isinstance(value.get("id"), bool)):
        return "not a note: " + show(value)
    return "note(title=" + show(value.get("title")) + ", body=" + show(value.get("body")) + ")"


def register(client, username, password):
    return client.post("/register", json={"username": username, "password": password})


def login(client, username, password):
    return client.post("/login", json={"username": username, "password": password})


def token_of(client, username, password):
    response = login(client, username, password)
    body = body_of(response)
    token = body.get("access_token") if isinstance(body, dict) else None
    if response.status_code != 200 or not isinstance(token, str):
        raise Broken("login of " + username + " failed: " + str(response.status_code) + " " + show(body))
    return token


# The check's users and their passwords (never printed in a way that matters: the
# learner's code sees them anyway).
ADA = ("ada", "correct horse battery")
BOB = ("bob", "tr0ub4dor&3xyz")
state = {}

# -- registration and login -------------------------------------------------------------


def register_ada():
    response = register(a(), *ADA)
    body = body_of(response)
    if isinstance(body, dict) and isinstance(body.get("id"), int):
        state["ada_id"] = body["id"]
        state["ada_register_text"] = response.text
        return str(response.status_code) + " {'id': <int>, 'username': " + show(body.get("username")) + "}"
    return str(response.status_code) + " " + show(body)


case("register ada", register_ada)
case("register ada again, another password", lambda: str(register(a(), "ada", "some other password").status_code))
case("register bob with a 7-character password", lambda: str(register(a(), "bob", "7chars!").status_code))
case("register bob without a password", lambda: str(a().post("/register", json={"username": "bob"}).status_code))
case("register bob", lambda: str(register(a(), *BOB).status_code))
case("register frank with an 8-character password", lambda: str(register(a(), "frank", "8chars!!").status_code))


def login_ada():
    text, state["ada_token"] = login_result(login(a(), *ADA))
    return text


case("login ada", login_ada)


def claims_report():
    token = state.get("ada_token")
    if not isinstance(token, str):
        return "no token to read"
    try:
        header = jwt.get_unverified_header(token)
        claims = jwt.decode(token, options={"verify_signature": False})
    except jwt.InvalidTokenError:
        return "not a JWT"
    try:
        jwt.decode(token, SECRET, algorithms=[header.get("alg", "HS256")],
                   options={"verify_exp": False, "verify_iat": False, "verify_nbf": False, "verify_sub": False})
        signed = True
    except (jwt.InvalidTokenError, NotImplementedError):
        signed = False
    iat, exp = claims.get("iat"), claims.get("exp")
    parts = [
        "alg " + show(header.get("alg")),
        "signed with the app's secret: " + str(signed),
        "sub is ada's id as a string: " + str(claims.get("sub") == str(state.get("ada_id"))),
        "iat - now: " + (str(iat - T0) if isinstance(iat, (int, float)) else show(iat)),
        "exp - iat: " + (str(exp - iat) if isinstance(exp, (int, float)) and isinstance(iat, (int, float)) else show(exp)),
    ]
    return ", ".join(parts)


case("the claims of ada's token", claims_report)
case("login ada with a wrong password", lambda: str(login(a(), "ada", "correct horse battery!").status_code))
case("login with an unknown username", lambda: str(login(a(), "adam", "correct horse battery").status_code))


def register_leaks():
    text = state.get("ada_register_text")
    if text is None:
        return "no register answer to read"
    # ada's stored values that bob's row does not share (a timestamp is not a secret)
    shared = {c for row in user_rows("notes-a.db", "bob") for c in row}
    stored = [c for row in user_rows("notes-a.db", "ada") for c in row
              if isinstance(c, str) and len(c) >= 16 and c not in shared]
    leaked = ADA[1] in text or any(c in text for c in stored)
    return "holds the password or its stored hash: " + str(leaked)


# -- what the database file holds --------------------------------------------------------


def all_rows(path):
    if not os.path.exists(path):
        raise Broken("there is no database file " + path + " in the working directory")
    db = sqlite3.connect("file:" + path + "?mode=ro", uri=True)
    try:
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        rows = []
        for table in tables:
            rows.extend(db.execute('SELECT * FROM "' + table.replace('"', '""') + '"').fetchall())
        return rows
    finally:
        db.close()


def user_rows(path, username):
    return [row for row in all_rows(path) if username in row]


case("the register answer", register_leaks)
case("notes-a.db has a row for ada", lambda: str(bool(user_rows("notes-a.db", "ada"))))


def password_forms(password):
    raw = password.encode()
    forms = {"as given": [password, raw], "hex": [raw.hex()],
             "base64": [base64.b64encode(raw).decode(), base64.urlsafe_b64encode(raw).decode()]}
    for name in ("md5", "sha1", "sha256", "sha512"):
        digest = hashlib.new(name, raw).digest()
        forms["unsalted " + name] = [digest, digest.hex(), base64.b64encode(digest).decode()]
    return forms


def password_traces():
    cells = [c for row in all_rows("notes-a.db") for c in row if isinstance(c, (str, bytes))]
    found = []
    for password in (ADA[1], BOB[1]):
        for form, needles in password_forms(password).items():
            for cell in cells:
                if any(type(n) is type(cell) and (n in cell or (isinstance(cell, str) and n.lower() in cell.lower()))
                       for n in needles):
                    found.append(form)
                    break
    if not found:
        return "no trace of the passwords (as given, encoded, or hashed without salt)"
    return "found a password stored " + ", ".join(sorted(set(found)))


case("the passwords in notes-a.db", password_traces)


def salted():
    same = "same old password 1"
    for name, password in (("carol", same), ("dave", same), ("erin", "a different one 2")):
        status = register(a(), name, password).status_code
        if status != 201:
            return "register " + name + " answered " + str(status)

    def cells(name):
        rows = user_rows("notes-a.db", name)
        return {c for row in rows for c in row if isinstance(c, (str, bytes)) and c != name}

    shared = (cells("carol") & cells("dave")) - cells("erin")
    return "same password, same stored value: " + str(bool(shared))


case("carol and dave register with the same password", salted)

# -- notes -------------------------------------------------------------------------------


def ada():
    if "ada_auth" not in state:
        state["ada_auth"] = bearer(token_of(a(), *ADA))
    return state["ada_auth"]


def bob():
    if "bob_auth" not in state:
        state["bob_auth"] = bearer(token_of(a(), *BOB))
    return state["bob_auth"]


def create(title, body, key):
    response = a().post("/notes", json={"title": title, "body": body}, headers=ada())
    value = body_of(response)
    if isinstance(value, dict) and isinstance(value.get("id"), int):
        state[key] = value["id"]
    return str(response.status_code) + " " + note_text(value)


def note_id(key):
    if key not in state:
        raise Broken("no note id to use (creating it failed)")
    return state[key]


def titles(response):
    value = body_of(response)
    if isinstance(value, list):
        return str(response.status_code) + " " + show([v.get("title") if isinstance(v, dict) else v for v in value])
    return str(response.status_code) + " " + show(value)


case("ada creates her first note", lambda: create("Travel", "pack the charger", "n1"))
case("ada creates her second note", lambda: create("Groceries", "eggs, milk, 2 lemons", "n0"))
case("ada creates her third note", lambda: create("Ideas", "", "n2"))
case("ada creates her fourth note", lambda: create("Ünïcode ✓", "naïve café", "n3"))
case("ada lists her notes", lambda: titles(a().get("/notes", headers=ada())))
case("ada reads her third note", lambda: (lambda r: str(r.status_code) + " " + note_text(body_of(r)))(
    a().get("/notes/" + str(note_id("n2")), headers=ada())))


def update():
    path = "/notes/" + str(note_id("n2"))
    put = a().put(path, json={"title": "Ideas, sorted", "body": "1. sleep"}, headers=ada())
    again = a().get(path, headers=ada())
    return (str(put.status_code) + " " + note_text(body_of(put)) + "; read back: "
            + str(again.status_code) + " " + note_text(body_of(again)))


case("ada updates her third note", update)


def delete():
    path = "/notes/" + str(note_id("n3"))
    response = a().delete(path, headers=ada())
    body = "empty body" if not response.content else "body " + show(response.text)
    return str(response.status_code) + " " + body + "; then GET: " + str(a().get(path, headers=ada()).status_code)


case("ada deletes her fourth note", delete)
case("ada creates a note with an empty title",
     lambda: str(a().post("/notes", json={"title": "", "body": "x"}, headers=ada()).status_code))
case("ada creates a note without a title",
     lambda: str(a().post("/notes", json={"body": "x"}, headers=ada()).status_code))


def empty_update():
    path = "/notes/" + str(note_id("n0"))
    put = a().put(path, json={"title": "", "body": "gone?"}, headers=ada())
    after = a().get(path, headers=ada())
    return str(put.status_code) + "; the note afterwards: " + str(after.status_code) + " " + note_text(body_of(after))


case("ada updates her second note with an empty title", empty_update)


def unknown():
    path = "/notes/987654"
    return ", ".join([
        "GET " + status_detail(a().get(path, headers=ada())),
        "PUT " + status_detail(a().put(path, json={"title": "t", "body": "b"}, headers=ada())),
        "DELETE " + status_detail(a().delete(path, headers=ada())),
    ])


case("ada reads, updates and deletes a note id nobody has", unknown)

# -- one user never sees another's notes ---------------------------------------------------
case("bob lists his notes", lambda: titles(a().get("/notes", headers=bob())))


def trespass():
    path = "/notes/" + str(note_id("n1"))
    parts = [
        "GET " + status_detail(a().get(path, headers=bob())),
        "PUT " + status_detail(a().put(path, json={"title": "mine now", "body": ""}, headers=bob())),
        "DELETE " + status_detail(a().delete(path, headers=bob())),
    ]
    after = a().get(path, headers=ada())
    return ", ".join(parts) + "; ada's note afterwards: " + str(after.status_code) + " " + note_text(body_of(after))


case("bob reads, updates and deletes ada's first note", trespass)


def bob_creates():
    response = a().post("/notes", json={"title": "Bob's", "body": "b"}, headers=bob())
    return str(response.status_code) + "; ada then lists " + titles(a().get("/notes", headers=ada()))


case("bob creates a note", bob_creates)

# -- tokens the service must refuse ----------------------------------------------------------


def every_route(headers):
    path = "/notes/" + str(note_id("n1"))
    return ", ".join([
        "GET /notes " + challenge(a().get("/notes", headers=headers)),
        "POST " + challenge(a().post("/notes", json={"title": "t", "body": "b"}, headers=headers)),
        "GET one " + challenge(a().get(path, headers=headers)),
        "PUT " + challenge(a().put(path, json={"title": "t", "body": "b"}, headers=headers)),
        "DELETE " + challenge(a().delete(path, headers=headers)),
    ])


case("no Authorization header", lambda: every_route({}))
case("Authorization: Basic with ada's password",
     lambda: challenge(a().get("/notes", headers={"Authorization": "Basic " + base64.b64encode(b"ada:" + ADA[1].encode()).decode()})))
case("Authorization: Bearer not-a-jwt", lambda: challenge(a().get("/notes", headers=bearer("not-a-jwt"))))


def claims_for(user_id, iat=T0):
    return {"sub": str(user_id), "iat": iat, "exp": iat + LIFETIME}


case("a token for ada signed with another secret",
     lambda: challenge(a().get("/notes", headers=bearer(jwt.encode(claims_for(state.get("ada_id", 1)), OTHER_SECRET, algorithm="HS256")))))


def tampered():
    token = ada()["Authorization"].split(" ", 1)[1]
    bob_token = bob()["Authorization"].split(" ", 1)[1]
    bob_sub = jwt.decode(bob_token, options={"verify_signature": False}).get("sub")
    head, _, signature = token.split(".")
    claims = dict(jwt.decode(token, options={"verify_signature": False}), sub=bob_sub)
    payload = base64.urlsafe_b64encode(json.dumps(claims).encode()).rstrip(b"=").decode()
    return challenge(a().get("/notes", headers=bearer(head + "." + payload + "." + signature)))


case("ada's token with its sub changed to bob's, signature kept", tampered)
case("an unsigned token (alg none) for ada",
     lambda: challenge(a().get("/notes", headers=bearer(jwt.encode(claims_for(state.get("ada_id", 1)), None, algorithm="none")))))
case("a well-signed token for a user id that does not exist",
     lambda: challenge(a().get("/notes", headers=bearer(jwt.encode(claims_for(424242), SECRET, algorithm="HS256")))))
case("a well-signed token whose sub is a username, not an id",
     lambda: challenge(a().get("/notes", headers=bearer(jwt.encode(claims_for("ada"), SECRET, algorithm="HS256")))))


def expiry():
    headers = ada()
    token = headers["Authorization"].split(" ", 1)[1]
    issued = jwt.decode(token, options={"verify_signature": False}).get("iat", T0)
    results = []
    try:
        for offset in (LIFETIME - 1, LIFETIME, LIFETIME + 3600):
            clock.t = issued + offset
            results.append("at iat+" + str(offset) + ": " + challenge(a().get("/notes", headers=headers)))
    finally:
        clock.t = T0
    return ", ".join(results)


case("ada's token as the clock moves on", expiry)

# -- the data lives in the database file -------------------------------------------------------


def second_app():
    b = client_for("b", "sqlite:///notes-a.db")
    old = b.get("/notes", headers=ada())
    fresh = bearer(token_of(b, *ADA))
    return "ada's old token: " + str(old.status_code) + "; new login, notes " + titles(b.get("/notes", headers=fresh))


case("a second app on notes-a.db", second_app)


def other_file():
    c = client_for("c", "sqlite:///notes-c.db")
    return "login ada: " + str(login(c, *ADA).status_code) + ", register ada: " + str(register(c, *ADA).status_code)


case("an app on notes-c.db", other_file)
case("an app on notes-a.db with another secret, ada's old token",
     lambda: challenge(client_for("d", "sqlite:///notes-a.db", OTHER_SECRET).get("/notes", headers=ada())))



def real_clock():
    e = client_for("e", "sqlite:///notes-e.db", clock=None)
    register(e, *ADA)
    before = int(time.time())
    token = token_of(e, *ADA)
    after = int(time.time()) + 1
    iat = jwt.decode(token, options={"verify_signature": False}).get("iat")
    real = isinstance(iat, int) and before <= iat <= after
    return "iat is the real time in whole seconds: " + str(real)


case("an app built without `now`: ada's token", real_clock)

# -- the same service behind a real uvicorn server ----------------------------------------------


def served():
    app = app_module.create_app("sqlite:///notes-served.db", SECRET, now=clock)
    steps = []
    with serve_app(app) as base, httpx.Client(base_url=base, timeout=30) as http:
        steps.append("register " + str(register(http, *BOB).status_code))
        response = login(http, *BOB)
        steps.append("login " + str(response.status_code))
        body = body_of(response)
        token = body.get("access_token") if isinstance(body, dict) else None
        auth = bearer(token if isinstance(token, str) else "")
        steps.append("create " + str(http.post("/notes", json={"title": "Served", "body": "by uvicorn"}, headers=auth).status_code))
        steps.append("list " + titles(http.get("/notes", headers=auth)))
        steps.append("no token " + challenge(http.get("/notes")))
    return ", ".join(steps)


case("through uvicorn on 127.0.0.1: bob registers, logs in, writes and lists", served)

for client in apps.values():
    if isinstance(client, TestClient):
        client.__exit__(None, None, None)

# -- CI workflow and Dockerfile -------------------------------------------------------------------


def read(name):
    path = os.path.join("service", name)
    if not os.path.exists(path):
        raise Broken("service/" + name + " is missing")
    with open(path, encoding="utf-8") as f:
        return f.read()


def workflow():
    return artifacts.load_workflow(read("ci.yml"))


def lint_ci():
    workflow()  # a file of comments is "not done yet"
    problems = artifacts.actionlint(read("ci.yml"))
    if problems:
        check.note("actionlint on service/ci.yml:\n" + "\n".join(problems))
        return str(len(problems)) + " problem(s) (see below)"
    return "no problems"


def yaml_case(label, thunk):
    def run():
        try:
            return thunk()
        except ValueError as exc:
            return str(exc)

    case(label, run, service=False)


yaml_case("actionlint service/ci.yml", lint_ci)
yaml_case("ci.yml runs on", lambda: "push: " + str("push" in artifacts.triggers(workflow()))
          + ", pull_request: " + str("pull_request" in artifacts.triggers(workflow())))
yaml_case("ci.yml has a job that", lambda: "checks out: {}, sets up Python: {}, runs pytest: {}".format(*artifacts.test_job(workflow())))


def steps():
    return artifacts.instructions(read("Dockerfile"))


def lint_docker():
    steps()
    findings = artifacts.hadolint(read("Dockerfile"))
    if findings:
        check.note("hadolint on service/Dockerfile:\n" + "\n".join(
            "line " + str(line) + " " + code + ": " + message for code, line, message in findings))
        return "warnings or errors: " + ", ".join(sorted({code for code, _, _ in findings}))
    return "no warnings or errors"


case("hadolint service/Dockerfile", lint_docker, service=False)
case("the Dockerfile's user", lambda: artifacts.user_problem(steps()) or "not root", service=False)
case("the Dockerfile's command", lambda: artifacts.command_problem(steps()) or "exec form", service=False)
check.done()
