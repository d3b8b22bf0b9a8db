"""Day 18 — alternative: PyJWT checks only the signature and the algorithm; every claim
is checked by hand with a table of rules. The dependency parses the header itself."""

import time
from dataclasses import dataclass
from typing import Annotated, Callable, Union

import jwt
from fastapi import Depends, Header, HTTPException, status

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
    return jwt.encode(
        dict(sub=subject, iss=issuer, aud=audience, iat=now, exp=now + ttl),
        key=secret,
        algorithm="HS256",
    )


def verify_token(token, *, secret, issuer, audience, now, leeway=0):
    """The claims of a valid token; a PyJWT exception naming what is wrong otherwise."""
    # Signature and algorithm only: every other PyJWT check is off.
    claims = jwt.decode(
        token,
        key=secret,
        algorithms=["HS256"],
        options={
            "verify_signature": True,
            "verify_exp": False,
            "verify_nbf": False,
            "verify_iat": False,
            "verify_aud": False,
            "verify_iss": False,
        },
    )
    for name in REQUIRED_CLAIMS:
        if name not in claims:
            raise jwt.MissingRequiredClaimError(name)
    if claims["iss"] != issuer:
        raise jwt.InvalidIssuerError("Invalid issuer")
    aud = claims["aud"]
    audiences = aud if isinstance(aud, list) else [aud]
    if audience not in audiences:
        raise jwt.InvalidAudienceError("Audience doesn't match")
    checks = [
        (now - leeway >= claims["exp"], jwt.ExpiredSignatureError, "expired"),
        (now + leeway < claims.get("nbf", now), jwt.ImmatureSignatureError, "not yet valid (nbf)"),
        (claims["iat"] - leeway > now, jwt.ImmatureSignatureError, "issued in the future"),
    ]
    for failed, error, message in checks:
        if failed:
            raise error(message)
    return claims


class Unauthorized(HTTPException):
    def __init__(self, why):
        super().__init__(status.HTTP_401_UNAUTHORIZED, why, {"WWW-Authenticate": "Bearer"})


async def current_user(
    settings: Annotated[AuthSettings, Depends(get_settings)],
    authorization: Annotated[Union[str, None], Header()] = None,
) -> str:
    """FastAPI dependency: the `sub` of the request's valid bearer token, else a 401."""
    if authorization is None:
        raise Unauthorized("Not authenticated")
    scheme, _, token = authorization.partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token:
        raise Unauthorized("Expected: Authorization: Bearer <token>")
    try:
        return verify_token(
            token,
            secret=settings.secret,
            issuer=settings.issuer,
            audience=settings.audience,
            now=settings.clock(),
            leeway=settings.leeway,
        )["sub"]
    except jwt.PyJWTError as exc:
        raise Unauthorized("Invalid token: " + str(exc)) from None
