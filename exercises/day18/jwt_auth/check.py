"""Hidden check for day18/jwt_auth: one line per case.

Part 1 reads the learner's issued tokens with the check's own PyJWT calls. Part 2 feeds
verify_token tokens the check signs itself (its own secret, issuer and audience), one
per rejection path, at exact seconds of a fixed clock that lies in the past, so code that
reads the real clock fails the valid cases. Part 3 mounts current_user on the check's
own FastAPI app, overrides get_settings with the check's settings and a clock it moves,
and drives it with FastAPI's TestClient.
"""
import base64
import json
import warnings

import jwt
from pygrade_check import Check, show

check = Check()
mod = check.load("jwt_auth.py")
if not check.need(mod, "issue_token", "verify_token", "current_user", "AuthSettings", "get_settings"):
    check.done()

from fastapi import Depends, FastAPI  # noqa: E402  (after the learner's import errors)

with warnings.catch_warnings():
    # Newer Starlette releases warn (a UserWarning) that their TestClient will move off
    # httpx: not the learner's business.
    warnings.filterwarnings("ignore", message=".*starlette.testclient")
    from fastapi.testclient import TestClient  # noqa: E402

# 64 bytes or more: PyJWT warns about shorter HMAC keys for HS512.
SECRET = "grader-secret-5d1f0b7e9a3c2e4f6a8b0c1d3e5f7a9b-2c4e6f8a0b1d3f5a7c9e1b3d5f7a"
OTHER_SECRET = "someone-elses-secret-0a2c4e6f8b1d3f5a7c9e0b2d4f-6a8c0e2b4d6f8a1c3e5b7d9f"
ISSUER = "https://id.grader.test"
AUDIENCE = "orders-api"
T0 = 1_700_000_000  # the check's clock: a fixed second in the past


def claims_at(issued, ttl=300, **changes):
    """Valid claims issued at `issued`; `changes` replace claims, None removes one."""
    claims = {"sub": "ada", "iss": ISSUER, "aud": AUDIENCE, "iat": issued, "exp": issued + ttl, "scope": "orders:read"}
    for name, value in changes.items():
        if value is None:
            claims.pop(name)
        else:
            claims[name] = value
    return claims


def sign(claims, secret=SECRET, algorithm="HS256"):
    return jwt.encode(claims, secret, algorithm=algorithm)


def unsigned(claims):
    """An "alg": "none" token: no signature at all."""
    return jwt.encode(claims, None, algorithm="none")


def b64(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def tampered(claims, **changes):
    """A valid token whose payload is then edited, its signature kept."""
    header, _, signature = sign(claims).split(".")
    payload = json.dumps(dict(claims, **changes), separators=(",", ":")).encode()
    return header + "." + b64(payload) + "." + signature


def render_claims(value):
    if not isinstance(value, dict):
        return "returned " + show(value) + ", expected the claims dict"
    return show(dict(sorted(value.items())))


# -- part 1: issue_token --------------------------------------------------------------------
class Unreadable(Exception):
    """The learner's token cannot be read: the text says why."""


def read_issued(token):
    """(header, claims) of a learner token, verified with the check's secret."""
    if not isinstance(token, str):
        raise Unreadable("returned " + show(token) + ", expected a str token")
    try:
        header = jwt.get_unverified_header(token)
        alg = header.get("alg")
        claims = jwt.decode(
            token,
            SECRET,
            algorithms=[alg] if alg in ("HS256", "HS384", "HS512") else ["HS256"],
            options={"verify_exp": False, "verify_nbf": False, "verify_iat": False, "verify_aud": False, "verify_iss": False},
        )
    except jwt.InvalidSignatureError:
        raise Unreadable("a token NOT signed with the given secret (InvalidSignatureError)") from None
    except jwt.PyJWTError as exc:
        raise Unreadable("a token the check cannot read (" + type(exc).__name__ + ")") from None
    return header, claims


def issued(subject, now, **kw):
    try:
        header, claims = read_issued(
            mod.issue_token(subject, secret=SECRET, issuer=ISSUER, audience=AUDIENCE, now=now, **kw)
        )
    except Unreadable as exc:
        return str(exc)
    return "alg " + show(header.get("alg")) + ", claims " + show(dict(sorted(claims.items())))


def default_lifetime():
    try:
        _, claims = read_issued(mod.issue_token("grace", secret=SECRET, issuer=ISSUER, audience=AUDIENCE, now=T0 + 7))
    except Unreadable as exc:
        return str(exc)
    if not isinstance(claims.get("exp"), int) or not isinstance(claims.get("iat"), int):
        return "exp " + show(claims.get("exp")) + ", iat " + show(claims.get("iat"))
    return "exp - iat = " + str(claims["exp"] - claims["iat"])


check.case("issue_token('ada', now=T0, ttl=600)", lambda: issued("ada", T0, ttl=600), render=str)
check.case("issue_token('zoë', now=T0 + 31, ttl=45)", lambda: issued("zoë", T0 + 31, ttl=45), render=str)
check.case("issue_token('grace', now=T0 + 7), no ttl given", default_lifetime, render=str)


def round_trip():
    token = mod.issue_token("linus", secret=SECRET, issuer=ISSUER, audience=AUDIENCE, now=T0, ttl=60)
    first = mod.verify_token(token, secret=SECRET, issuer=ISSUER, audience=AUDIENCE, now=T0 + 59)
    sub = first.get("sub") if isinstance(first, dict) else first
    return "sub " + show(sub) + " at now=T0+59, then at now=T0+60: " + expired_or_not(token, T0 + 60)


def expired_or_not(token, now):
    try:
        mod.verify_token(token, secret=SECRET, issuer=ISSUER, audience=AUDIENCE, now=now)
    except jwt.ExpiredSignatureError:
        return "ExpiredSignatureError"
    return "still accepted"


check.case("verify_token of its own ttl=60 token, now=T0+59 then T0+60", round_trip, render=str)


# -- part 2: verify_token ----------------------------------------------------------------
def verify(token, now, **kw):
    return mod.verify_token(token, secret=SECRET, issuer=ISSUER, audience=AUDIENCE, now=now, **kw)


def accepts(label, token, now, **kw):
    check.case(label, lambda: verify(token, now, **kw), render=render_claims)


def rejects(label, token, now, error, **kw):
    check.raises(label, lambda: verify(token, now, **kw), error)


VALID = sign(claims_at(T0))  # iat T0, exp T0 + 300

accepts("a valid token (with an extra claim), now=iat+10", VALID, T0 + 10)
accepts("aud is a list holding the audience", sign(claims_at(T0, aud=["billing", AUDIENCE])), T0 + 10)
accepts("now = exp - 1", VALID, T0 + 299)
rejects("now = exp", VALID, T0 + 300, jwt.ExpiredSignatureError)
rejects("expired an hour ago", VALID, T0 + 3900, jwt.ExpiredSignatureError)
accepts("now = exp + 29, leeway=30", VALID, T0 + 329, leeway=30)
rejects("now = exp + 30, leeway=30", VALID, T0 + 330, jwt.ExpiredSignatureError, leeway=30)
NBF = sign(claims_at(T0, nbf=T0 + 60))
rejects("nbf = iat + 60, now = nbf - 1", NBF, T0 + 59, jwt.ImmatureSignatureError)
accepts("nbf = iat + 60, now = nbf", NBF, T0 + 60)
accepts("nbf = iat + 60, now = nbf - 10, leeway=10", NBF, T0 + 50, leeway=10)
rejects("iat 5 seconds after now", VALID, T0 - 5, jwt.ImmatureSignatureError)
accepts("iat 5 seconds after now, leeway=5", VALID, T0 - 5, leeway=5)
rejects("payload edited after signing (sub -> 'admin')", tampered(claims_at(T0), sub="admin"), T0 + 10, jwt.InvalidSignatureError)
rejects("signed with another secret", sign(claims_at(T0), secret=OTHER_SECRET), T0 + 10, jwt.InvalidSignatureError)
rejects('header "alg": "none", no signature', unsigned(claims_at(T0)), T0 + 10, jwt.InvalidAlgorithmError)
rejects("signed HS512 with the right secret", sign(claims_at(T0), algorithm="HS512"), T0 + 10, jwt.InvalidAlgorithmError)
rejects("iss of another issuer", sign(claims_at(T0, iss="https://evil.grader.test")), T0 + 10, jwt.InvalidIssuerError)
rejects("aud of another API", sign(claims_at(T0, aud="billing-api")), T0 + 10, jwt.InvalidAudienceError)
rejects("aud a list without the audience", sign(claims_at(T0, aud=["billing", "search"])), T0 + 10, jwt.InvalidAudienceError)
rejects("no exp claim", sign(claims_at(T0, exp=None)), T0 + 10, jwt.MissingRequiredClaimError)
rejects("no sub claim", sign(claims_at(T0, sub=None)), T0 + 10, jwt.MissingRequiredClaimError)
rejects("no iat claim", sign(claims_at(T0, iat=None)), T0 + 10, jwt.MissingRequiredClaimError)
rejects("no aud claim", sign(claims_at(T0, aud=None)), T0 + 10, jwt.MissingRequiredClaimError)
rejects("'not-a-token'", "not-a-token", T0, jwt.DecodeError)
rejects("'aaa.bbb.ccc'", "aaa.bbb.ccc", T0, jwt.DecodeError)

# -- part 3: the FastAPI dependency --------------------------------------------------------
clock = {"now": T0}


def build_client():
    app = FastAPI()

    @app.get("/me")
    def me(user=Depends(mod.current_user)):
        return {"user": user}

    return app, TestClient(app)


app_and_client = []


def call(headers, now, leeway=0):
    """GET /me with `headers` at clock `now`: '200 {...}' or '401, WWW-Authenticate: ...'."""
    if not app_and_client:
        app_and_client.append(build_client())
    app, client = app_and_client[0]
    settings = mod.AuthSettings(secret=SECRET, issuer=ISSUER, audience=AUDIENCE, clock=lambda: clock["now"], leeway=leeway)
    app.dependency_overrides[mod.get_settings] = lambda: settings
    clock["now"] = now
    response = client.get("/me", headers=headers)
    if response.status_code == 200:
        try:
            return "200 " + show(response.json())
        except ValueError:
            return "200 with a body that is not JSON"
    challenge = response.headers.get("WWW-Authenticate")
    if challenge is None:
        extra = "no WWW-Authenticate header"
    elif challenge.partition(" ")[0].lower() == "bearer":
        extra = "WWW-Authenticate: Bearer"
    else:
        extra = "WWW-Authenticate: " + show(challenge)
    return str(response.status_code) + ", " + extra


def bearer(token):
    return {"Authorization": "Bearer " + token}


def request(label, headers, now, leeway=0):
    check.case("GET /me " + label, lambda: call(headers, now, leeway), render=str)


request("with a valid token", bearer(VALID), T0 + 10)
request("with 'bearer' in lower case", {"Authorization": "bearer " + VALID}, T0 + 10)
request("with no Authorization header", {}, T0 + 10)
request("with 'Basic' credentials", {"Authorization": "Basic YWRhOnNlY3JldA=="}, T0 + 10)
request("with 'Token' and a valid token", {"Authorization": "Token " + VALID}, T0 + 10)
request("with 'Bearer' and no token", {"Authorization": "Bearer"}, T0 + 10)
request("with the token but no 'Bearer'", {"Authorization": VALID}, T0 + 10)
request("with 'Bearer not-a-token'", bearer("not-a-token"), T0 + 10)
request("with an edited payload", bearer(tampered(claims_at(T0), sub="admin")), T0 + 10)
request("with a token of another secret", bearer(sign(claims_at(T0), secret=OTHER_SECRET)), T0 + 10)
request('with an "alg": "none" token', bearer(unsigned(claims_at(T0))), T0 + 10)
request("with an HS512 token", bearer(sign(claims_at(T0), algorithm="HS512")), T0 + 10)
request("with another issuer's token", bearer(sign(claims_at(T0, iss="https://evil.grader.test"))), T0 + 10)
request("with another API's token", bearer(sign(claims_at(T0, aud="billing-api"))), T0 + 10)
request("with a token without exp", bearer(sign(claims_at(T0, exp=None))), T0 + 10)
request("with a token not valid for 60 s", bearer(NBF), T0 + 10)
request("when the clock says exp", bearer(VALID), T0 + 300)
request("when the clock says exp + 20, leeway 30", bearer(VALID), T0 + 320, leeway=30)
request("as sub 'zoë' when the clock says exp - 1", bearer(sign(claims_at(T0, sub="zoë"))), T0 + 299)
check.done()
