"""scrypt passwords and PyJWT tokens, with datetime-free integer times."""

import hashlib
import hmac
import secrets

import jwt

TOKEN_SECONDS = 1800


def _scrypt(password, salt):
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=2**14, r=8, p=1)


def new_hash(password):
    """(salt, digest) for a new password."""
    salt = secrets.token_bytes(16)
    return salt, _scrypt(password, salt)


def matches(password, salt, digest):
    return hmac.compare_digest(_scrypt(password, salt), digest)


class TokenService:
    def __init__(self, secret, clock):
        self.secret = secret
        self.clock = clock

    def issue(self, user_id):
        issued = self.clock()
        return jwt.encode({"sub": str(user_id), "iat": issued, "exp": issued + TOKEN_SECONDS},
                          self.secret, algorithm="HS256")

    def subject(self, token):
        """The user id of a valid token, or None."""
        try:
            claims = jwt.decode(token, self.secret, algorithms=["HS256"],
                                options={"verify_exp": False, "verify_iat": False,
                                         "require": ["sub", "exp"]})
        except jwt.PyJWTError:
            return None
        if self.clock() >= claims["exp"]:
            return None
        sub = claims["sub"]
        return int(sub) if isinstance(sub, str) and sub.isdigit() else None
