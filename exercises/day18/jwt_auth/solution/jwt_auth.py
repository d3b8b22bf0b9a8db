"""Day 18 — reference solution: HS256 tokens with PyJWT, a fixed clock, and a FastAPI
bearer dependency."""

import time
from dataclasses import dataclass
from typing import Callable, Optional

import jwt
from fastapi import Depends, HTTPException
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
    claims = {"sub": subject, "iss": issuer, "aud": audience, "iat": now, "exp": now + ttl}
    return jwt.encode(claims, secret, algorithm=ALGORITHM)


def verify_token(token, *, secret, issuer, audience, now, leeway=0):
    """The claims of a valid token; a PyJWT exception naming what is wrong otherwise."""
    claims = jwt.decode(
        token,
        secret,
        algorithms=[ALGORITHM],  # fixed by the server, never taken from the token
        issuer=issuer,
        audience=audience,
        options={
            "require": REQUIRED_CLAIMS,
            # PyJWT would compare these with the real clock: we use `now` instead.
            "verify_exp": False,
            "verify_nbf": False,
            "verify_iat": False,
        },
    )
    if now >= claims["exp"] + leeway:
        raise jwt.ExpiredSignatureError("Signature has expired")
    if "nbf" in claims and now < claims["nbf"] - leeway:
        raise jwt.ImmatureSignatureError("The token is not yet valid (nbf)")
    if claims["iat"] > now + leeway:
        raise jwt.ImmatureSignatureError("The token is not yet valid (iat)")
    return claims


bearer = HTTPBearer(auto_error=False)  # we raise our own 401, for every failure alike


def unauthorized():
    return HTTPException(
        status_code=401,
        detail="Invalid or missing bearer token",
        headers={"WWW-Authenticate": "Bearer"},
    )


def current_user(
    credentials: Optional[HTTPAuthorizationCredentials] = Depends(bearer),
    settings: AuthSettings = Depends(get_settings),
) -> str:
    """FastAPI dependency: the `sub` of the request's valid bearer token, else a 401."""
    if credentials is None:  # no header, another scheme, or no token after "Bearer"
        raise unauthorized()
    try:
        claims = verify_token(
            credentials.credentials,
            secret=settings.secret,
            issuer=settings.issuer,
            audience=settings.audience,
            now=settings.clock(),
            leeway=settings.leeway,
        )
    except jwt.InvalidTokenError:
        raise unauthorized() from None
    return claims["sub"]
