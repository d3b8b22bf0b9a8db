"""Day 18 — alternative: constr/conint/conlist types, reusable Annotated validators
(BeforeValidator/AfterValidator), wrap-mode model validators, and errors read through
a comprehension over ValidationError.errors(include_url=False)."""

import datetime
from typing import Annotated

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ValidationError,
    conint,
    conlist,
    constr,
    model_validator,
)


def _trim(value):
    return value.strip() if isinstance(value, str) else value


def _trim_casefold(value):
    return value.strip().casefold() if isinstance(value, str) else value


Trimmed = BeforeValidator(_trim)
Upper = AfterValidator(str.upper)


class Address(BaseModel):
    street: constr(strip_whitespace=True, min_length=1, max_length=80)
    postcode: constr(strip_whitespace=True, pattern=r"^[0-9]{5}$")
    country: Annotated[constr(strip_whitespace=True, pattern=r"^[A-Za-z]{2}$"), Upper]


class Signup(BaseModel, extra="forbid"):
    username: Annotated[constr(min_length=3, max_length=20, pattern=r"^[a-z0-9_]+$"), BeforeValidator(_trim_casefold)]
    email: Annotated[constr(pattern=r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$"), AfterValidator(str.lower), Trimmed]
    password: constr(min_length=8)
    password_confirm: str
    age: conint(ge=13, le=130)
    address: Address

    @model_validator(mode="wrap")
    @classmethod
    def passwords_match(cls, data, handler):
        signup = handler(data)  # raises every field error first
        if signup.password != signup.password_confirm:
            raise ValueError("the two passwords differ")
        return signup


class Item(BaseModel):
    sku: Annotated[constr(strip_whitespace=True, pattern=r"^[A-Za-z]{3}-[0-9]{4}$"), Upper]
    qty: conint(gt=0, le=99)
    price_cents: conint(ge=0)


class Order(BaseModel):
    items: conlist(Item, min_length=1, max_length=10)
    ship_on: datetime.date
    deliver_by: datetime.date

    @model_validator(mode="wrap")
    @classmethod
    def in_order(cls, data, handler):
        order = handler(data)
        if order.ship_on > order.deliver_by:
            raise ValueError("delivery before shipping")
        return order


def validation_errors(model, payload):
    """[] when `payload` is valid for `model`, else every error as (loc, type)."""
    errors = []
    try:
        model(**payload)
    except ValidationError as exc:
        errors = [(tuple(e["loc"]), e["type"]) for e in exc.errors(include_url=False)]
    return errors
