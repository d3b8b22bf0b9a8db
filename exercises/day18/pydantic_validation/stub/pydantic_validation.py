"""Day 18 — Validate inputs with Pydantic models.

Never trust a payload: declare what a valid one looks like and let pydantic check it.
A `BaseModel` subclass lists typed fields; `Model.model_validate(data)` returns a
model or raises `pydantic.ValidationError`, whose `.errors()` lists EVERY problem as a
dict with a `loc` (where: `("items", 2, "qty")` is the qty of the third item) and a
`type` (a stable code such as "string_too_short" or "greater_than").
  * Constraints: `Annotated[int, Field(gt=0, le=99)]`, `Field(min_length=3,
    max_length=20, pattern=r"^...$")`, or `constr(...)` / `conint(...)`. Each failure
    has its own type: gt -> greater_than, ge -> greater_than_equal, le ->
    less_than_equal, min_length -> string_too_short (too_short for lists), pattern ->
    string_pattern_mismatch, a missing field -> missing, an unknown key with
    `model_config = ConfigDict(extra="forbid")` -> extra_forbidden.
  * `@field_validator("name", mode="before")` sees the raw input, before the type and
    the constraints are checked: the place to normalise. Mode "after" (the default)
    sees the checked value. `@model_validator(mode="after")` checks rules between
    fields; a ValueError raised there becomes a "value_error" at location ().

Contract. Strings are trimmed of surrounding whitespace BEFORE being checked where
stated; pydantic's defaults apply otherwise (a missing field is "missing", the text "3"
is accepted for an int, a non-str for a str is "string_type").

class Address:
    street    str, trimmed, then 1 to 80 characters
    postcode  str, trimmed, then exactly five digits: ^[0-9]{5}$
    country   str, trimmed, then two letters ^[A-Za-z]{2}$; stored upper-cased ("GB")
class Signup:     unknown keys are errors (extra_forbidden)
    username  str, trimmed and casefolded FIRST (str.casefold, not lower: "Straße" ->
              "strasse"), then 3 to 20 characters matching ^[a-z0-9_]+$; a value
              that is not a str stays a "string_type" error
    email     str, trimmed, then ^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$; stored lower-cased
    password  str, at least 8 characters, kept EXACTLY as typed (never trimmed)
    password_confirm  str, kept exactly as typed
    age       int, 13 to 130, both included
    address   Address
    rule: once every field is valid, password_confirm != password is a "value_error"
          at location ()
class Item:
    sku       str, trimmed, then ^[A-Za-z]{3}-[0-9]{4}$; stored upper-cased
    qty       int, more than 0, at most 99
    price_cents  int, 0 or more
class Order:
    items     list of Item, 1 to 10 of them
    ship_on   datetime.date
    deliver_by  datetime.date
    rule: once every field is valid, deliver_by before ship_on is a "value_error" at
          location () (the same day is fine)

validation_errors(model, payload) -> list
    [] when `payload` (a dict) is valid for `model`; otherwise one (loc, type) pair per
    error, ALL of them, loc a tuple as pydantic gives it:
    [(("items", 2, "qty"), "greater_than"), ...]. The order does not matter.
"""

from datetime import date
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

# Your code here: define Address, Signup, Item and Order as stated above.


def validation_errors(model, payload):
    """[] when `payload` is valid for `model`, else every error as (loc, type)."""
    # Your code here: replace the line below.
    raise NotImplementedError("validation_errors")
