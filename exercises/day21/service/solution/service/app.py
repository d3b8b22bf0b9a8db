"""The notes service: FastAPI + SQLAlchemy + JWT (reference solution)."""

import os
import time
from typing import Optional

import jwt
from fastapi import Depends, FastAPI, HTTPException, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from . import auth, db


class Registration(BaseModel):
    username: str = Field(min_length=1, max_length=50)
    password: str = Field(min_length=8)


class Login(BaseModel):
    username: str
    password: str


class UserOut(BaseModel):
    id: int
    username: str


class TokenOut(BaseModel):
    access_token: str
    token_type: str = "bearer"


class NoteIn(BaseModel):
    title: str = Field(min_length=1)
    body: str


class NoteOut(BaseModel):
    id: int
    title: str
    body: str


def note_out(note):
    return NoteOut(id=note.id, title=note.title, body=note.body)


def create_app(database_url, secret, now=None):
    """Build the service on the SQLite database at `database_url`."""
    clock = now or (lambda: int(time.time()))
    Session = db.make_sessionmaker(database_url)
    bearer = HTTPBearer(auto_error=False)
    app = FastAPI(title="Notes service")

    def session():
        with Session() as s:
            yield s

    def current_user(
        credentials: Optional[HTTPAuthorizationCredentials] = Depends(bearer),
        s=Depends(session),
    ) -> db.User:
        unauthorized = HTTPException(401, "Not authenticated", headers={"WWW-Authenticate": "Bearer"})
        if credentials is None:
            raise unauthorized
        try:
            user_id = auth.read_token(credentials.credentials, secret, clock())
        except jwt.InvalidTokenError:
            raise unauthorized from None
        user = s.get(db.User, user_id)
        if user is None:  # a valid token for a user who no longer exists
            raise unauthorized
        return user

    def owned_note(note_id: int, user=Depends(current_user), s=Depends(session)) -> db.Note:
        note = s.get(db.Note, note_id)
        if note is None or note.owner_id != user.id:  # someone else's note: "not found" too
            raise HTTPException(404, "Note not found")
        return note

    @app.post("/register", status_code=201, response_model=UserOut)
    def register(body: Registration, s=Depends(session)):
        user = db.User(username=body.username, password_hash=auth.hash_password(body.password))
        s.add(user)
        try:
            s.commit()
        except IntegrityError:
            s.rollback()
            raise HTTPException(409, "Username already taken") from None
        return UserOut(id=user.id, username=user.username)

    @app.post("/login", response_model=TokenOut)
    def login(body: Login, s=Depends(session)):
        user = s.scalar(select(db.User).where(db.User.username == body.username))
        if user is None or not auth.verify_password(body.password, user.password_hash):
            raise HTTPException(401, "Wrong username or password")
        return TokenOut(access_token=auth.issue_token(user.id, secret, clock()))

    @app.post("/notes", status_code=201, response_model=NoteOut)
    def create_note(body: NoteIn, user=Depends(current_user), s=Depends(session)):
        note = db.Note(owner_id=user.id, title=body.title, body=body.body)
        s.add(note)
        s.commit()
        return note_out(note)

    @app.get("/notes", response_model=list[NoteOut])
    def list_notes(user=Depends(current_user), s=Depends(session)):
        notes = s.scalars(select(db.Note).where(db.Note.owner_id == user.id).order_by(db.Note.id))
        return [note_out(n) for n in notes]

    @app.get("/notes/{note_id}", response_model=NoteOut)
    def get_note(note=Depends(owned_note)):
        return note_out(note)

    @app.put("/notes/{note_id}", response_model=NoteOut)
    def update_note(body: NoteIn, note=Depends(owned_note), s=Depends(session)):
        note.title, note.body = body.title, body.body
        s.commit()
        return note_out(note)

    @app.delete("/notes/{note_id}", status_code=204)
    def delete_note(note=Depends(owned_note), s=Depends(session)):
        s.delete(note)
        s.commit()
        return Response(status_code=204)

    return app


def main():
    """The container's entry point: `python -m service.app`."""
    import uvicorn

    app = create_app(os.environ.get("DATABASE_URL", "sqlite:///notes.db"), os.environ["SECRET_KEY"])
    uvicorn.run(app, host="0.0.0.0", port=int(os.environ.get("PORT", "8000")))


if __name__ == "__main__":
    main()
