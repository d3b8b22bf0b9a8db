"""Day 15 — alternative solution: an APIRouter over a store class, made in the lifespan.

The store lives on `app.state` and reaches the routes through a dependency; the
routes are async; the name rule is a validator rather than a Field constraint, and
DELETE returns its own empty Response.
"""

from contextlib import asynccontextmanager
from typing import Annotated, Optional

from fastapi import APIRouter, Depends, FastAPI, HTTPException, Request, Response, status
from pydantic import BaseModel, Field, field_validator


class ItemBody(BaseModel):
    name: str
    price: Annotated[float, Field(ge=0)]
    description: Optional[str] = None

    @field_validator("name")
    @classmethod
    def name_not_empty(cls, value: str) -> str:
        if value == "":
            raise ValueError("name must not be empty")
        return value


class ItemOut(BaseModel):
    id: int
    name: str
    price: float
    description: Optional[str]


class ItemStore:
    """Rows kept in id order; the counter only ever grows."""

    def __init__(self):
        self._rows: list[ItemOut] = []
        self._last_id = 0

    def add(self, body: ItemBody) -> ItemOut:
        self._last_id += 1
        row = ItemOut(id=self._last_id, **body.model_dump())
        self._rows.append(row)
        return row

    def all(self) -> list[ItemOut]:
        return list(self._rows)

    def _index(self, item_id: int) -> int:
        for index, row in enumerate(self._rows):
            if row.id == item_id:
                return index
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Item not found")

    def get(self, item_id: int) -> ItemOut:
        return self._rows[self._index(item_id)]

    def replace(self, item_id: int, body: ItemBody) -> ItemOut:
        index = self._index(item_id)
        self._rows[index] = ItemOut(id=item_id, **body.model_dump())
        return self._rows[index]

    def remove(self, item_id: int) -> None:
        del self._rows[self._index(item_id)]


def get_store(request: Request) -> ItemStore:
    return request.app.state.store


Store = Annotated[ItemStore, Depends(get_store)]
router = APIRouter(prefix="/items", tags=["items"])


@router.post("", status_code=status.HTTP_201_CREATED, response_model=ItemOut)
async def create_item(body: ItemBody, store: Store):
    return store.add(body)


@router.get("", response_model=list[ItemOut])
async def list_items(store: Store):
    return store.all()


@router.get("/{item_id}", response_model=ItemOut)
async def read_item(item_id: int, store: Store):
    return store.get(item_id)


@router.put("/{item_id}", response_model=ItemOut)
async def replace_item(item_id: int, body: ItemBody, store: Store):
    return store.replace(item_id, body)


@router.delete("/{item_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_item(item_id: int, store: Store):
    store.remove(item_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@asynccontextmanager
async def lifespan(app: FastAPI):
    app.state.store = ItemStore()  # one per app, made when the app starts
    yield


def create_app():
    app = FastAPI(title="Items", lifespan=lifespan)
    app.include_router(router)
    return app
