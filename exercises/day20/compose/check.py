"""Hidden check for day20/compose: one line per rule of the stub.

Docker is not available, so nothing is started. The learner's compose.yaml is loaded
with PyYAML, validated against the Compose Specification's own JSON schema
(grader/compose-spec.json, see compose-spec.source.txt) with jsonschema, then
interpolated the way Compose does with variables the check chooses and the learner
cannot see (grader/compose_model.py). Each rule of the stub is one case: "ok", or what
is wrong.
"""
import json
import os
import posixpath
import re
import urllib.parse

from pygrade_check import Check

check = Check()

import jsonschema  # noqa: E402  (after Check: it diverts stray prints)
import yaml  # noqa: E402

import compose_model as model  # noqa: E402

GRADER = os.path.dirname(os.path.abspath(__file__))
FILE = "compose.yaml"
# The variables Compose would find in the environment. Hidden: a file that writes the
# values out instead of referencing the variables fails.
ENV = {"POSTGRES_USER": "kestrel", "POSTGRES_PASSWORD": "pw-h7Qz2mWb", "POSTGRES_DB": "ledger"}
DATA_DIRS = ("/var/lib/postgresql/data", "/var/lib/postgresql")
APP_PORT = "8000"
NOTE_WIDTH = 300


def load():
    """(document, problem): the YAML mapping, or the reason there is none."""
    with open(os.path.join(check.workdir, FILE), encoding="utf-8", errors="replace") as f:
        text = f.read()
    try:
        doc = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = " (line " + str(mark.line + 1) + ")" if mark is not None else ""
        check.note("YAML: " + " ".join(str(exc).split())[:NOTE_WIDTH])
        return None, FILE + " is not valid YAML" + where
    if doc is None:
        return None, None  # nothing but comments: not started
    if not isinstance(doc, dict):
        return None, FILE + " holds a " + type(doc).__name__ + ", not a mapping of top-level keys"
    return doc, None


DOC, LOAD_PROBLEM = load()
try:
    DONE = model.interpolate_tree(DOC, ENV) if DOC is not None else None
    INTERPOLATION_PROBLEM = None
except model.InterpolationError as exc:
    DONE, INTERPOLATION_PROBLEM = None, "Compose would stop: " + str(exc)


def outcome(problems):
    if not problems:
        return "ok"
    more = len(problems) - 1
    return problems[0] + (" (and " + str(more) + " more)" if more else "")


def rule(label, judge):
    """A case: `judge(document)` returns a list of problems; none means ok."""

    def run():
        if LOAD_PROBLEM:
            return LOAD_PROBLEM
        if DOC is None:
            raise NotImplementedError
        if INTERPOLATION_PROBLEM:
            return INTERPOLATION_PROBLEM
        return outcome(judge(DONE))

    check.case(label, run, render=str)


def service(doc, name):
    services = doc.get("services")
    found = services.get(name) if isinstance(services, dict) else None
    return found if isinstance(found, dict) else None


def needs(*names):
    """Decorator: the rule runs only when these services exist (else one problem)."""

    def wrap(judge):
        def run(doc):
            missing = [n for n in names if service(doc, n) is None]
            if missing:
                return ["no " + " or ".join(missing) + " service"]
            return judge(doc, *[service(doc, n) for n in names])

        return run

    return wrap


# -- 1. the schema ------------------------------------------------------------------------


def schema_case():
    if LOAD_PROBLEM:
        return LOAD_PROBLEM
    if DOC is None:
        raise NotImplementedError
    with open(os.path.join(GRADER, "compose-spec.json"), encoding="utf-8") as f:
        schema = json.load(f)
    validator = jsonschema.Draft7Validator(schema)
    try:
        errors = sorted(validator.iter_errors(model.jsonable(DOC)), key=lambda e: [str(p) for p in e.absolute_path])
    except Exception as exc:  # a YAML value JSON has no type for (a date, say)
        return "the schema cannot judge it (" + type(exc).__name__ + "): use plain strings, numbers and lists"
    if not errors:
        return "ok"
    for error in errors:
        best = jsonschema.exceptions.best_match([error])
        check.note("schema: at " + where(best) + ": " + explain(best)[:NOTE_WIDTH])
    if len(errors) == 1:
        return "invalid: 1 problem, at " + where(errors[0])
    return "invalid: " + str(len(errors)) + " problems, the first at " + where(errors[0])


def explain(error):
    """jsonschema's message, but unknown keys named as such."""
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        known = error.schema.get("properties", {})
        patterns = error.schema.get("patternProperties", {})
        extra = [str(k) for k in error.instance
                 if k not in known and not any(re.search(p, str(k)) for p in patterns)]
        if extra:
            return "unknown key " + ", ".join(extra) + " (a typo?)"
    return " ".join(error.message.split())


def where(error):
    return ".".join(str(p) for p in error.absolute_path) or "the top level"


check.case("valid against the Compose Specification schema", schema_case, render=str)

# -- 2. onwards: the rules ------------------------------------------------------------------


def has_services(doc):
    services = doc.get("services")
    if not isinstance(services, dict):
        return ["no services mapping"]
    return ["no " + n + " service" for n in ("app", "db", "redis") if service(doc, n) is None]


@needs("app")
def app_build(doc, app):
    build = app.get("build")
    context = build.get("context") if isinstance(build, dict) else build
    if not isinstance(context, str):
        return ["app has no build: it must be built from this folder"]
    if posixpath.normpath(context) != ".":
        return ["app is built from " + context + ", not from this folder"]
    return []


@needs("db", "redis")
def pinned_images(doc, db, redis):
    problems = []
    for name, svc, repo_name in (("db", db, "postgres"), ("redis", redis, "redis")):
        image = svc.get("image")
        if not isinstance(image, str):
            problems.append(name + " has no image")
            continue
        repo, tag = model.image_parts(image)
        if not model.official(repo, repo_name):
            problems.append(name + " uses " + image + ", not the official " + repo_name + " image")
        elif tag is None or not tag[:1].isdigit():
            problems.append(name + " uses " + image + ": no version tag")
    return problems


@needs("db")
def db_healthcheck(doc, db):
    words = model.healthcheck_words(db)
    if words is None:
        return ["db has no healthcheck test"]
    if not any(posixpath.basename(w) == "pg_isready" for w in words):
        return ["db's healthcheck does not run pg_isready"]
    return []


@needs("redis")
def redis_healthcheck(doc, redis):
    words = model.healthcheck_words(redis)
    if words is None:
        return ["redis has no healthcheck test"]
    names = [posixpath.basename(w) for w in words]
    if "redis-cli" not in names or "ping" not in [w.lower() for w in words]:
        return ["redis's healthcheck does not run redis-cli ping"]
    return []


@needs("app")
def depends_healthy(doc, app):
    depends = app.get("depends_on")
    if isinstance(depends, list):
        return ["depends_on is a list: a list only waits for the containers to start"]
    if not isinstance(depends, dict):
        return ["app has no depends_on"]
    problems = []
    for name in ("db", "redis"):
        entry = depends.get(name)
        if not isinstance(entry, dict):
            problems.append("app does not depend on " + name)
        elif entry.get("condition") != "service_healthy":
            problems.append("app waits for " + name + " with condition " + str(entry.get("condition")))
    return problems


def db_settings(db):
    """(user, password, database) the postgres image would use, with its defaults."""
    env = model.environment(db, ENV)
    user = env.get("POSTGRES_USER") or "postgres"
    return user, env.get("POSTGRES_PASSWORD"), env.get("POSTGRES_DB") or user


@needs("db")
def password_from_env(doc, db):
    password = db_settings(db)[1]
    if password is None or password == "":
        return ["db gets no POSTGRES_PASSWORD"]
    if password != ENV["POSTGRES_PASSWORD"]:
        return ["db's POSTGRES_PASSWORD is not the POSTGRES_PASSWORD variable"]
    return []


def app_url(app, key):
    value = model.environment(app, ENV).get(key)
    if not value:
        return None, ["app has no " + key]
    try:
        url = urllib.parse.urlsplit(value)
        url.port  # noqa: B018  (raises ValueError for a port that is not a number)
    except ValueError:
        return None, ["app's " + key + " is not a URL"]
    return url, []


@needs("app", "db")
def database_url(doc, app, db):
    url, problems = app_url(app, "DATABASE_URL")
    if url is None:
        return problems
    user, password, database = db_settings(db)
    if not url.scheme.startswith("postgres"):
        problems.append("DATABASE_URL's scheme is " + url.scheme + ", not postgresql")
    if url.hostname != "db":
        problems.append("DATABASE_URL points at host " + str(url.hostname) + ", not the db service")
    if url.port not in (None, 5432):
        problems.append("DATABASE_URL uses port " + str(url.port) + ", not 5432")
    if urllib.parse.unquote(url.username or "") != user:
        problems.append("DATABASE_URL's user is not db's POSTGRES_USER")
    if urllib.parse.unquote(url.password or "") != (password or ""):
        problems.append("DATABASE_URL's password is not db's POSTGRES_PASSWORD")
    if url.path.lstrip("/") != database:
        problems.append("DATABASE_URL's database is not db's POSTGRES_DB")
    return problems


@needs("app")
def redis_url(doc, app):
    url, problems = app_url(app, "REDIS_URL")
    if url is None:
        return problems
    if url.scheme != "redis":
        problems.append("REDIS_URL's scheme is " + url.scheme + ", not redis")
    if url.hostname != "redis":
        problems.append("REDIS_URL points at host " + str(url.hostname) + ", not the redis service")
    if url.port not in (None, 6379):
        problems.append("REDIS_URL uses port " + str(url.port) + ", not 6379")
    if url.path not in ("", "/") and not url.path[1:].isdigit():
        problems.append("REDIS_URL's path " + url.path + " is not a database number")
    return problems


@needs("db")
def named_volume(doc, db):
    for kind, source, target in model.mounts(db):
        if target.rstrip("/") in DATA_DIRS:
            if kind == "volume" and source:
                return []
            if kind == "volume":
                return ["db's data is in an anonymous volume: give it a name"]
            return ["db's data is in a " + kind + " mount, not a named volume"]
    return ["db mounts nothing at " + DATA_DIRS[0]]


def volumes_declared(doc):
    declared = doc.get("volumes")
    declared = declared if isinstance(declared, dict) else {}
    problems = []
    services = doc.get("services")
    for name, svc in (services.items() if isinstance(services, dict) else []):
        if not isinstance(svc, dict):
            continue
        for kind, source, _ in model.mounts(svc):
            if kind == "volume" and source and source not in declared:
                problems.append(str(name) + " mounts volume " + source + ", which the top-level volumes does not declare")
    return problems


@needs("app")
def app_port(doc, app):
    ports = model.published_ports(app)
    if any(host == APP_PORT and target == APP_PORT and proto == "tcp" for host, target, proto in ports):
        return []
    if not ports:
        return ["app publishes no ports"]
    return ["app does not publish container port " + APP_PORT + " on host port " + APP_PORT]


@needs("db", "redis")
def internal_ports(doc, db, redis):
    return [name + " publishes ports on the host" for name, svc in (("db", db), ("redis", redis)) if svc.get("ports")]


rule("services app, db and redis", has_services)
rule("app is built from this folder", app_build)
rule("db and redis images pinned to a version", pinned_images)
rule("db has a healthcheck with pg_isready", db_healthcheck)
rule("redis has a healthcheck with redis-cli ping", redis_healthcheck)
rule("app waits until db and redis are healthy", depends_healthy)
rule("db's password comes from the environment", password_from_env)
rule("app's DATABASE_URL reaches db with db's credentials", database_url)
rule("app's REDIS_URL reaches redis", redis_url)
rule("db keeps its data in a named volume", named_volume)
rule("named volumes are declared at the top level", volumes_declared)
rule("app publishes its port on the host", app_port)
rule("db and redis publish no ports", internal_ports)
check.done()
