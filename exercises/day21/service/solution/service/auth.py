"""Password hashing (stdlib PBKDF2) and JWT tokens (PyJWT) for the notes service."""

import hashlib
import hmac
import os

import jwt

ALGORITHM = "HS256"
TOKEN_SECONDS = 30 * 60
ITERATIONS = 100_000


def hash_password(password):
    """A salted PBKDF2-SHA256 hash: "pbkdf2_sha256$<iterations>$<salt hex>$<hash hex>"."""
    salt = os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, ITERATIONS)
    return f"pbkdf2_sha256${ITERATIONS}${salt.hex()}${digest.hex()}"


def verify_password(password, stored):
    """True if `password` hashes to `stored` (compared in constant time)."""
    _, iterations, salt, digest = stored.split("$")
    candidate = hashlib.pbkdf2_hmac("sha256", password.encode(), bytes.fromhex(salt), int(iterations))
    return hmac.compare_digest(candidate.hex(), digest)


def issue_token(user_id, secret, now):
    """An HS256 token for `user_id`, issued at `now`, valid for TOKEN_SECONDS."""
    claims = {"sub": str(user_id), "iat": now, "exp": now + TOKEN_SECONDS}
    return jwt.encode(claims, secret, algorithm=ALGORITHM)


def read_token(token, secret, now):
    """The user id in a valid token; raises jwt.InvalidTokenError otherwise."""
    claims = jwt.decode(
        token,
        secret,
        algorithms=[ALGORITHM],
        # PyJWT would compare exp with the real clock: `now` is the service's clock.
        options={"require": ["sub", "iat", "exp"], "verify_exp": False, "verify_iat": False},
    )
    if now >= claims["exp"]:
        raise jwt.ExpiredSignatureError("Signature has expired")
    try:
        return int(claims["sub"])
    except ValueError:
        raise jwt.InvalidTokenError("sub is not a user id") from None
