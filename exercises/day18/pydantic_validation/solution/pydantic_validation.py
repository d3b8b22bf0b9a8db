"""Day 18 — reference solution: constrained fields with Annotated[..., Field()], field
validators for normalising, model validators for rules across fields."""

from datetime import date
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator


class Address(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True)  # every field here is stripped

    street: Annotated[str, Field(min_length=1, max_length=80)]
    postcode: Annotated[str, Field(pattern=r"^[0-9]{5}$")]
    country: Annotated[str, Field(pattern=r"^[A-Za-z]{2}$")]

    @field_validator("country")
    @classmethod
    def upper_country(cls, value: str) -> str:
        return value.upper()


class Signup(BaseModel):
    model_config = ConfigDict(extra="forbid")  # no stray keys (say "is_admin") get in

    username: Annotated[str, Field(min_length=3, max_length=20, pattern=r"^[a-z0-9_]+$")]
    email: Annotated[str, Field(pattern=r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")]
    password: Annotated[str, Field(min_length=8)]
    password_confirm: str
    age: Annotated[int, Field(ge=13, le=130)]
    address: Address

    @field_validator("username", mode="before")
    @classmethod
    def normalise_username(cls, value):
        # "before": runs on the raw input, so the length and pattern see the result.
        if isinstance(value, str):
            return value.strip().casefold()
        return value  # not a str: let pydantic report string_type

    @field_validator("email", mode="before")
    @classmethod
    def strip_email(cls, value):
        return value.strip() if isinstance(value, str) else value

    @field_validator("email")
    @classmethod
    def lower_email(cls, value: str) -> str:
        return value.lower()

    @model_validator(mode="after")
    def passwords_match(self):
        # "after": runs only once every field is valid, on the finished model.
        if self.password != self.password_confirm:
            raise ValueError("passwords do not match")
        return self


class Item(BaseModel):
    sku: Annotated[str, Field(pattern=r"^[A-Za-z]{3}-[0-9]{4}$")]
    qty: Annotated[int, Field(gt=0, le=99)]
    price_cents: Annotated[int, Field(ge=0)]

    @field_validator("sku", mode="before")
    @classmethod
    def strip_sku(cls, value):
        return value.strip() if isinstance(value, str) else value

    @field_validator("sku")
    @classmethod
    def upper_sku(cls, value: str) -> str:
        return value.upper()


class Order(BaseModel):
    items: Annotated[list[Item], Field(min_length=1, max_length=10)]
    ship_on: date
    deliver_by: date

    @model_validator(mode="after")
    def delivery_after_shipping(self):
        if self.deliver_by < self.ship_on:
            raise ValueError("deliver_by is before ship_on")
        return self


def validation_errors(model, payload):
    """[] when `payload` is valid for `model`, else every error as (loc, type)."""
    try:
        model.model_validate(payload)
    except ValidationError as exc:
        return [(error["loc"], error["type"]) for error in exc.errors()]
    return []
