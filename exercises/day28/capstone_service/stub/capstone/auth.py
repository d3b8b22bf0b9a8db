"""Tokens for the capstone (suggested shape: app.py is what the check drives).

PyJWT: `jwt.encode(claims, secret, algorithm="HS256")` signs;
`jwt.decode(token, secret, algorithms=["HS256"], options={"verify_exp": False})`
verifies the signature and raises `jwt.InvalidTokenError` on a bad token. PyJWT would
check exp against the REAL clock: turn that off and compare exp with now() yourself.
Compare passwords with `hmac.compare_digest`.
"""

TOKEN_SECONDS = 15 * 60


def issue_token(username, secret, now):
    # Your code here: replace the line below.
    raise NotImplementedError("issue_token")


def read_token(token, secret, now):
    """The token's username, or None if it is invalid or expired at `now`."""
    # Your code here: replace the line below.
    raise NotImplementedError("read_token")
