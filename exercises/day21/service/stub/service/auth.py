"""Passwords and tokens for the notes service (see the contract in app.py).

Passwords: a hash is one-way, and a per-user random salt makes equal passwords look
different, so a stolen table reveals neither. Use a deliberately slow key-derivation
function from the stdlib: `hashlib.pbkdf2_hmac("sha256", password.encode(), salt,
iterations)` or `hashlib.scrypt(...)`, with `salt = os.urandom(16)`. Store the salt
(and iterations) with the hash, e.g. "pbkdf2_sha256$100000$<salt hex>$<hash hex>", and
compare with `hmac.compare_digest`. A plain sha256 of the password is NOT enough.

Tokens: PyJWT. `jwt.encode(claims, secret, algorithm="HS256")` signs;
`jwt.decode(token, secret, algorithms=["HS256"], options=...)` verifies and raises a
`jwt.InvalidTokenError` subclass. PyJWT compares exp with the REAL clock, but this
service's clock is `now`: turn that off (`"verify_exp": False, "verify_iat": False`)
and compare exp with now yourself.

The functions below are a suggested shape; app.py is what the check drives.
"""

import hashlib
import hmac
import os

import jwt

TOKEN_SECONDS = 30 * 60


def hash_password(password):
    """Return a string holding a fresh salt and the salted hash of `password`."""
    # Your code here: replace the line below.
    raise NotImplementedError("hash_password")


def verify_password(password, stored):
    """True if `password` matches `stored` (from hash_password)."""
    # Your code here: replace the line below.
    raise NotImplementedError("verify_password")


def issue_token(user_id, secret, now):
    """An HS256 token: sub=str(user_id), iat=now, exp=now + TOKEN_SECONDS."""
    # Your code here: replace the line below.
    raise NotImplementedError("issue_token")


def read_token(token, secret, now):
    """The user id of a valid token; raise jwt.InvalidTokenError otherwise."""
    # Your code here: replace the line below.
    raise NotImplementedError("read_token")
