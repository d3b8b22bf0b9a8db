"""Day 18 — JWT authentication.

A JSON Web Token is `header.payload.signature`, each part base64url JSON. With HS256
the signature is an HMAC-SHA256 of the first two parts under a secret only the server
knows: anyone can READ the claims, nobody can CHANGE them without the secret. The
registered claims: `sub` who the token is about, `iss` who issued it, `aud` who it is
for, `iat` when it was issued, `exp` when it stops working, `nbf` (optional) not valid
before. Times are whole seconds since the epoch.

PyJWT: `jwt.encode(claims, secret, algorithm="HS256")` signs;
`jwt.decode(token, secret, algorithms=["HS256"], issuer=..., audience=...,
options={"require": [...]})` verifies and raises a subclass of `jwt.InvalidTokenError`.
Always pass `algorithms`: the token's own header must never choose how it is checked.
PyJWT compares exp/nbf/iat with the real clock, and code that reads the real clock
cannot be tested at an exact second. Here the time is a parameter: switch those three
checks off (`"verify_exp": False, "verify_nbf": False, "verify_iat": False`) and do
them yourself against `now`, raising PyJWT's own exceptions.

Contract
issue_token(subject, *, secret, issuer, audience, now, ttl=900) -> str
    An HS256 token signed with `secret` whose claims are exactly
    sub=subject, iss=issuer, aud=audience, iat=now, exp=now + ttl.

verify_token(token, *, secret, issuer, audience, now, leeway=0) -> dict
    Returns ALL the token's claims (extra ones too) when it is valid; otherwise raises:
    * jwt.DecodeError            - the text is not a JWT at all;
    * jwt.InvalidAlgorithmError  - its header names any algorithm but HS256
                                   (HS512, "none", ...);
    * jwt.InvalidSignatureError  - the signature does not match `secret`;
    * jwt.MissingRequiredClaimError - any of sub, iss, aud, iat, exp is missing;
    * jwt.InvalidIssuerError     - iss is not `issuer`;
    * jwt.InvalidAudienceError   - aud is neither `audience` nor a list holding it;
    * jwt.ExpiredSignatureError  - now >= exp + leeway (at exp itself it is expired);
    * jwt.ImmatureSignatureError - now < nbf - leeway (only when nbf is present), or
                                   iat > now + leeway (issued in the future).
    `now` is the only clock: never read the real time.

current_user - a FastAPI dependency returning the `sub` of the request's token.
    It gets its settings with `Depends(get_settings)` (tests override get_settings)
    and reads the header `Authorization: Bearer <token>` (the word Bearer in any
    case). The token is checked with verify_token using the settings' secret, issuer,
    audience, leeway and `now=settings.clock()`, read at each request.
    A missing header, another scheme, no token, or any token verify_token rejects:
    HTTPException 401 with the header `WWW-Authenticate: Bearer`. Never a 500.
"""

import time
from dataclasses import dataclass
from typing import Callable

import jwt
from fastapi import Depends, Header, HTTPException
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

ALGORITHM = "HS256"
REQUIRED_CLAIMS = ["sub", "iss", "aud", "iat", "exp"]


@dataclass(frozen=True)
class AuthSettings:
    """Given: what current_user needs. `clock()` returns now, in epoch seconds."""

    secret: str
    issuer: str
    audience: str
    clock: Callable[[], int]
    leeway: int = 0


def get_settings() -> AuthSettings:
    """Given: the app's real settings. Tests replace this dependency with
    `app.dependency_overrides[get_settings] = lambda: AuthSettings(...)`."""
    return AuthSettings(
        secret="change-me-to-a-long-random-secret-from-the-env",
        issuer="https://auth.example.com",
        audience="example-api",
        clock=lambda: int(time.time()),
    )


def issue_token(subject, *, secret, issuer, audience, now, ttl=900):
    """A signed HS256 token for `subject`, valid from `now` for `ttl` seconds."""
    # Your code here: replace the line below.
    raise NotImplementedError("issue_token")


def verify_token(token, *, secret, issuer, audience, now, leeway=0):
    """The claims of a valid token; a PyJWT exception naming what is wrong otherwise."""
    # Your code here: replace the line below.
    raise NotImplementedError("verify_token")


def current_user(settings: AuthSettings = Depends(get_settings)) -> str:
    """FastAPI dependency: the `sub` of the request's valid bearer token, else a 401.
    Add the parameter that reads the Authorization header: `Header(...)`, or
    `Depends(HTTPBearer(auto_error=False))`."""
    # Your code here: replace the line below.
    raise NotImplementedError("current_user")
