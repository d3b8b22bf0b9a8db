"""Tokens for the capstone service (reference solution)."""

import hmac

import jwt

TOKEN_SECONDS = 15 * 60
ALGORITHM = "HS256"


def check_password(users, username, password):
    """True if `username` is in `users` and `password` is its password."""
    expected = users.get(username)
    if expected is None:
        return False
    return hmac.compare_digest(expected.encode(), password.encode())


def issue_token(username, secret, now):
    return jwt.encode({"sub": username, "iat": now, "exp": now + TOKEN_SECONDS}, secret, algorithm=ALGORITHM)


def read_token(token, secret, now):
    """The token's username, or None if it is invalid or expired at `now`."""
    try:
        claims = jwt.decode(
            token,
            secret,
            algorithms=[ALGORITHM],
            options={"verify_exp": False, "verify_iat": False, "require": ["sub", "exp"]},
        )
    except jwt.InvalidTokenError:
        return None
    if not isinstance(claims["exp"], int) or now >= claims["exp"]:
        return None
    return claims["sub"]
