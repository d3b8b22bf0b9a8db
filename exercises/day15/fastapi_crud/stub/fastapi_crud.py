"""Day 15 — CRUD with FastAPI + uvicorn.

FastAPI builds an HTTP API from plain functions and type hints:
  * `@app.post("/items", status_code=201)` routes a request to a function and sets the
    status of a normal answer (200 unless you say otherwise).
  * A parameter typed with a pydantic model, `def create(data: ItemIn)`, is read from
    the JSON body and validated; `item_id: int` in the path is converted. Anything that
    does not fit is answered 422 before your function runs. Constraints go in the
    model: `name: str = Field(min_length=1)`, `price: float = Field(ge=0)`; a field is
    optional only when it has a default (`description: str | None = None`).
  * `raise HTTPException(status_code=404, detail="...")` answers with that status and
    the JSON body {"detail": "..."}.
uvicorn is the ASGI server that runs it for real:
    uvicorn fastapi_crud:create_app --factory      (from the day15 folder)
then open http://127.0.0.1:8000/docs to try every route in the browser.

Contract. `create_app()` returns a new FastAPI app with its own empty store: two apps
never share items (so keep the store inside create_app, not at module level).

An item is the JSON object {"id": int, "name": str, "price": number,
"description": str or null}, with exactly these keys. A request body (POST and PUT) is
a JSON object with:
  * name: a non-empty string (required)
  * price: a number >= 0; 0 is fine (required)
  * description: a string or null; optional, null when left out
  Other keys, such as "id", are ignored: the server alone chooses ids.

  POST   /items            201 and the new item. Ids are 1, 2, 3, ... in creation
                           order and are never given out again, even after a delete.
  GET    /items            200 and a list of all items, in id order.
  GET    /items/{item_id}  200 and the item.
  PUT    /items/{item_id}  200 and the updated item. The body replaces name, price and
                           description (a left-out description becomes null); the id
                           stays and the item keeps its place in the list.
  DELETE /items/{item_id}  204 and an empty body.

  * An unknown item_id (GET, PUT or DELETE; also one already deleted) answers 404
    with the body {"detail": "Item not found"}.
  * A body that breaks the rules above (POST or PUT), or an item_id that is not an
    integer, answers 422.
  * A rejected request changes nothing: the store is as before, and a rejected POST
    uses up no id.
"""

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, Field


def create_app():
    """Build a new app, with a new empty store, and return it."""
    # Your code here: replace the line below.
    raise NotImplementedError("create_app")
