"""The notes service, router style: sqlite3 storage, scrypt, a hand-read Bearer header."""

import os
import time
from typing import Annotated, Optional

from fastapi import APIRouter, Depends, FastAPI, Header, HTTPException, Request, Response, status
from pydantic import BaseModel, constr

from .auth import TokenService, matches, new_hash
from .db import Store, Taken


class Signup(BaseModel):
    username: constr(min_length=1, max_length=50)
    password: constr(min_length=8)


class Credentials(BaseModel):
    username: str
    password: str


class NoteBody(BaseModel):
    title: constr(min_length=1)
    body: str


def _unauthorized():
    return HTTPException(status.HTTP_401_UNAUTHORIZED, "Invalid or missing token",
                         headers={"WWW-Authenticate": "Bearer"})


def _store(request: Request) -> Store:
    return request.app.state.store


def _caller(request: Request, authorization: Annotated[Optional[str], Header()] = None) -> int:
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise _unauthorized()
    user_id = request.app.state.tokens.subject(token.strip())
    if user_id is None or request.app.state.store.account(account_id=user_id) is None:
        raise _unauthorized()
    return user_id


Caller = Annotated[int, Depends(_caller)]
Db = Annotated[Store, Depends(_store)]
accounts = APIRouter()
notes = APIRouter(prefix="/notes")


@accounts.post("/register", status_code=status.HTTP_201_CREATED)
def register(form: Signup, store: Db):
    try:
        user_id = store.add_account(form.username, *new_hash(form.password))
    except Taken:
        raise HTTPException(status.HTTP_409_CONFLICT, f"{form.username!r} is taken") from None
    return {"id": user_id, "username": form.username}


@accounts.post("/login")
def login(form: Credentials, request: Request, store: Db):
    row = store.account(username=form.username)
    if row is None or not matches(form.password, row["salt"], row["digest"]):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "Bad credentials")
    return {"access_token": request.app.state.tokens.issue(row["id"]), "token_type": "bearer"}


def _found(note):
    if note is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "No such note")
    return note


@notes.post("", status_code=status.HTTP_201_CREATED)
def add(note: NoteBody, me: Caller, store: Db):
    return store.add_note(me, note.title, note.body)


@notes.get("")
def index(me: Caller, store: Db):
    return store.notes(me)


@notes.get("/{note_id}")
def show(note_id: int, me: Caller, store: Db):
    return _found(store.note(me, note_id))


@notes.put("/{note_id}")
def replace(note_id: int, note: NoteBody, me: Caller, store: Db):
    return _found(store.update_note(me, note_id, note.title, note.body))


@notes.delete("/{note_id}", status_code=status.HTTP_204_NO_CONTENT)
def remove(note_id: int, me: Caller, store: Db):
    if not store.delete_note(me, note_id):
        raise HTTPException(status.HTTP_404_NOT_FOUND, "No such note")
    return Response(status_code=status.HTTP_204_NO_CONTENT)


def create_app(database_url, secret, now=None):
    app = FastAPI(title="notes")
    app.state.store = Store(database_url)
    app.state.tokens = TokenService(secret, now or (lambda: int(time.time())))
    app.include_router(accounts)
    app.include_router(notes)
    return app


if __name__ == "__main__":
    import uvicorn

    uvicorn.run(create_app(os.environ["DATABASE_URL"], os.environ["SECRET_KEY"]),
                host="0.0.0.0", port=8000)
