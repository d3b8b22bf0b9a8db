"""Day 15 — reference solution: items CRUD with FastAPI, one store per app."""

from itertools import count

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, Field


class ItemIn(BaseModel):
    """What a client sends, for POST and PUT alike. Unknown keys (an "id") are ignored."""

    name: str = Field(min_length=1)
    price: float = Field(ge=0)
    description: str | None = None


class Item(ItemIn):
    """What the API answers: the client's fields plus the id the server chose."""

    id: int


def create_app():
    """Build a new app, with a new empty store, and return it."""
    app = FastAPI(title="Items")
    items: dict[int, Item] = {}  # created per call: two apps never share items
    ids = count(1)  # never rewinds, so a deleted id is not given out again

    def find(item_id: int) -> Item:
        if item_id not in items:
            raise HTTPException(status_code=404, detail="Item not found")
        return items[item_id]

    @app.post("/items", status_code=201)
    def create_item(data: ItemIn) -> Item:
        # Runs only once FastAPI validated the body, so a rejected POST takes no id.
        item = Item(id=next(ids), **data.model_dump())
        items[item.id] = item
        return item

    @app.get("/items")
    def list_items() -> list[Item]:
        return list(items.values())  # dicts keep insertion order, which is id order

    @app.get("/items/{item_id}")
    def read_item(item_id: int) -> Item:
        return find(item_id)

    @app.put("/items/{item_id}")
    def replace_item(item_id: int, data: ItemIn) -> Item:
        find(item_id)
        items[item_id] = Item(id=item_id, **data.model_dump())  # same key: same place
        return items[item_id]

    @app.delete("/items/{item_id}", status_code=204)
    def delete_item(item_id: int) -> None:
        find(item_id)
        del items[item_id]

    return app
