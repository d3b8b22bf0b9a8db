"""Day 21 — Build complete FastAPI service with DB + Auth + CI + Docker.

The week's project: a small notes service with everything a real one has. Users
register and log in; a login returns a JWT; with it, each user creates, reads, updates
and deletes their OWN notes, stored in SQLite. The project also ships a CI workflow
(service/ci.yml) and a container image recipe (service/Dockerfile). Split the work:
    service/db.py    storage (SQLAlchemy, or the stdlib sqlite3: your choice)
    service/auth.py  password hashing and tokens
    service/app.py   this file: the FastAPI app, wiring the two together
    service/ci.yml, service/Dockerfile: their own comments say what they need
Import your own modules relatively: `from . import auth, db`.

Contract — `create_app(database_url, secret, now=None) -> FastAPI`
  * database_url is "sqlite:///<file>", the file relative to the working directory.
    SQLAlchemy takes the URL as it is; sqlite3 wants the path after "sqlite:///".
    create_app creates missing tables. Everything lives in that file: another app on
    the same URL sees the same users and notes; an app on another file sees none.
  * secret signs the tokens. now() returns the current time in whole seconds since the
    epoch; when now is None, use the real clock, int(time.time()). Call now() at every
    request that needs the time: the check moves its own clock between requests.

JSON in, JSON out. Errors answer {"detail": ...}, as FastAPI's HTTPException does.
  POST /register {"username": str, "password": str}
      201 {"id": int, "username": str} (never the password or its hash)
      409 when the username is taken; 422 when a field is missing or the password
      has fewer than 8 characters.
  POST /login {"username": str, "password": str}
      200 {"access_token": "<JWT>", "token_type": "bearer"}
      401 for a wrong password and for an unknown username alike.
  The token: HS256, signed with `secret`, claims sub = the user's id as a string,
  iat = now(), exp = iat + 1800 (30 minutes). It is accepted while now() < exp.
  Every /notes route needs `Authorization: Bearer <token>`:
      POST   /notes       {"title": str, "body": str} -> 201 note
      GET    /notes       -> 200 [the caller's notes, oldest first]
      GET    /notes/{id}  -> 200 note
      PUT    /notes/{id}  {"title": str, "body": str} -> 200 the updated note
      DELETE /notes/{id}  -> 204, empty body
      A note is {"id": int, "title": str, "body": str}; an empty or missing title
      answers 422; the body may be empty.
      404 for an id that does not exist AND for another user's note: users can never
      see, change or delete each other's notes, nor learn that they exist.
  401 with the header `WWW-Authenticate: Bearer` when the header is missing or not
  Bearer, or the token is malformed, signed with another key or not signed (alg
  none), expired, or names a user who does not exist. Never a 500.

Passwords are never stored as given: keep a salted hash from the stdlib
(`hashlib.pbkdf2_hmac` or `hashlib.scrypt`) with a fresh random salt per user, so two
users with the same password have different stored values.
"""

import os
import time

from fastapi import FastAPI

from . import auth, db


def create_app(database_url, secret, now=None):
    """Build the notes service on the SQLite database at `database_url`."""
    # Your code here: replace the line below.
    raise NotImplementedError("create_app")


def main():
    """Given: the container's entry point, `python -m service.app`."""
    import uvicorn

    app = create_app(os.environ.get("DATABASE_URL", "sqlite:///notes.db"), os.environ["SECRET_KEY"])
    uvicorn.run(app, host="0.0.0.0", port=int(os.environ.get("PORT", "8000")))


if __name__ == "__main__":
    main()
