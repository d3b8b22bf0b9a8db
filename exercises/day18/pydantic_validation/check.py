"""Hidden check for day18/pydantic_validation: one line per case.

Model cases validate the check's own payloads with the learner's models and print
either the normalised values the check reads back (valid) or every error as (loc,
type), read by the check itself from the ValidationError and sorted (field order is the
learner's choice). validation_errors is then run on the grader's reference models
(grader/reference_models.py, a copy of the solution), so its cases judge the function
alone. Error types are pydantic's stable codes; nothing version-specific is printed.
"""
import copy

from pydantic import ValidationError
from pygrade_check import Check, show

import reference_models as ref

check = Check()
mod = check.load("pydantic_validation.py")
MODELS = ("Address", "Signup", "Item", "Order")
have_models = check.need(mod, *MODELS)
have_function = check.need(mod, "validation_errors")


def loc_key(loc):
    return tuple((0, part, "") if isinstance(part, int) else (1, 0, str(part)) for part in loc)


def sorted_errors(pairs):
    return sorted(pairs, key=lambda pair: (loc_key(pair[0]), pair[1]))


def outcome(model_name, payload, read=None):
    """'valid[: <what read(model) says>]' or 'invalid: [(loc, type), ...]'."""
    model = getattr(mod, model_name)
    try:
        instance = model.model_validate(copy.deepcopy(payload))
    except ValidationError as exc:
        return "invalid: " + show(sorted_errors((tuple(e["loc"]), e["type"]) for e in exc.errors()))
    if read is None:
        return "valid"
    try:
        return "valid: " + show(read(instance))
    except AttributeError as exc:
        return "valid, but the model has no attribute " + show(exc.name)


def model_case(label, model_name, payload, read=None):
    if have_models:
        check.case(label, lambda: outcome(model_name, payload, read), render=str)


ADDRESS = {"street": "1 Analytical Row", "postcode": "10115", "country": "DE"}
SIGNUP = {
    "username": "ada_99",
    "email": "ada@example.org",
    "password": "correct horse",
    "password_confirm": "correct horse",
    "age": 36,
    "address": ADDRESS,
}


def signup(**changes):
    payload = dict(SIGNUP, **changes)
    return {k: v for k, v in payload.items() if v is not DROP}


def address(**changes):
    payload = dict(ADDRESS, **changes)
    return {k: v for k, v in payload.items() if v is not DROP}


DROP = object()


def item(sku="QRS-0001", qty=1, price_cents=250):
    return {"sku": sku, "qty": qty, "price_cents": price_cents}


def order(items, ship_on="2026-03-02", deliver_by="2026-03-05"):
    return {"items": items, "ship_on": ship_on, "deliver_by": deliver_by}


def signup_view(m):
    return {
        "username": m.username,
        "email": m.email,
        "password": m.password,
        "age": m.age,
        "street": m.address.street,
        "postcode": m.address.postcode,
        "country": m.address.country,
    }


def order_view(m):
    return {"items": [(i.sku, i.qty, i.price_cents) for i in m.items], "days": (m.deliver_by - m.ship_on).days}


# -- Signup ----------------------------------------------------------------------------
messy = signup(
    username="  Ada_Lovelace ",
    email="  Ada.L@Example.COM ",
    password="  pa55 wd  ",
    password_confirm="  pa55 wd  ",
    age="42",
    address=address(street="   12 Main St  ", postcode=" 20095 ", country=" gb "),
)
model_case("Signup with untidy spacing and case", "Signup", messy, signup_view)
model_case("Signup, username ' Straße_7 '", "Signup", signup(username=" Straße_7 "), lambda m: m.username)
model_case("Signup, username 'ﬁsh_FARM'", "Signup", signup(username="ﬁsh_FARM"), lambda m: m.username)
model_case("Signup, username '  Al  '", "Signup", signup(username="  Al  "))
model_case("Signup, username 'Bob'", "Signup", signup(username="Bob"), lambda m: m.username)
model_case("Signup, username of 21 characters", "Signup", signup(username="a" * 21))
model_case("Signup, username of 20 characters with spaces around", "Signup", signup(username="  " + "b" * 20 + " "), lambda m: len(m.username))
model_case("Signup, username 'ada lovelace'", "Signup", signup(username="ada lovelace"))
model_case("Signup, username 42", "Signup", signup(username=42))
model_case("Signup, email 'ada@localhost'", "Signup", signup(email="ada@localhost"))
model_case("Signup, password of 7 characters", "Signup", signup(password="abc1234", password_confirm="abc1234"))
model_case("Signup, password '  abc123' (8 with the spaces)", "Signup", signup(password="  abc123", password_confirm="  abc123"), lambda m: m.password)


def ages():
    results = []
    for age in (12, 13, 130, 131):
        results.append(outcome("Signup", signup(age=age), lambda m: m.age))
    return "; ".join(results)


if have_models:
    check.case("Signup, ages 12, 13, 130, 131", ages, render=str)
model_case("Signup with an extra key 'is_admin'", "Signup", signup(is_admin=True))
model_case("Signup, passwords differ", "Signup", signup(password_confirm="correct h0rse"))
model_case("Signup, passwords differ and age 12", "Signup", signup(password_confirm="correct h0rse", age=12))
model_case("Signup, no username, no email", "Signup", signup(username=DROP, email=DROP))
model_case(
    "Signup, address with blank street, 4-digit postcode, country 'GBR'",
    "Signup",
    signup(address=address(street="    ", postcode="1234", country="GBR")),
)
model_case("Signup, street of 81 characters", "Signup", signup(address=address(street="x" * 81)))
model_case("Signup, address without country", "Signup", signup(address=address(country=DROP)))
model_case("Signup, address 'nowhere'", "Signup", signup(address="nowhere"))

# -- Order -------------------------------------------------------------------------------
model_case(
    "Order of 3 items, untidy skus, qty as text, same-day delivery",
    "Order",
    order(
        [item(" abc-0042 ", "1", 0), item("xYz-9000", 99, 1999), item("QRS-0001 ", 7, "15")],
        ship_on="2026-03-02",
        deliver_by="2026-03-02",
    ),
    order_view,
)
model_case("Order with no items", "Order", order([]))
model_case("Order of 10 items", "Order", order([item() for _ in range(10)]), lambda m: len(m.items))
model_case("Order of 11 items", "Order", order([item() for _ in range(11)]))
model_case(
    "Order, items 0 and 3 of 4 broken",
    "Order",
    order([item(qty=0), item(), item(qty=99), item(sku="QR-001", qty=100, price_cents=-1)]),
)
model_case("Order, item 1 without qty, item 2 qty 'lots'", "Order", order([item(), {"sku": "ABC-1234", "price_cents": 5}, item(qty="lots")]))
model_case("Order, deliver_by a day before ship_on", "Order", order([item()], ship_on="2026-03-02", deliver_by="2026-03-01"))
model_case(
    "Order, deliver_by before ship_on and qty 0",
    "Order",
    order([item(qty=0)], ship_on="2026-03-02", deliver_by="2026-03-01"),
)

# -- validation_errors (run on the grader's own models) -------------------------------------


def render_pairs(value):
    if not isinstance(value, list):
        return "returned " + show(value) + ", expected a list"
    for pair in value:
        if not (isinstance(pair, tuple) and len(pair) == 2 and isinstance(pair[0], tuple) and isinstance(pair[1], str)):
            return "returned a list holding " + show(pair) + ", expected (loc tuple, type str) pairs"
    return show(sorted_errors(value))


def errors_of(model, payload):
    return mod.validation_errors(model, copy.deepcopy(payload))


if have_function:
    check.case("validation_errors(Signup, a valid payload)", lambda: errors_of(ref.Signup, SIGNUP), render=render_pairs)
    check.case(
        "validation_errors(Order, three broken items, dates reversed)",
        lambda: errors_of(ref.Order, order([item(qty=0), item(sku="nope"), item(qty="x", price_cents=-3)], deliver_by="2026-02-01")),
        render=render_pairs,
    )
    check.case(
        "validation_errors(Signup, username too short, extra key, bad postcode)",
        lambda: errors_of(ref.Signup, signup(username="x", role="admin", address=address(postcode="ABCDE"))),
        render=render_pairs,
    )
    check.case(
        "validation_errors(Signup, passwords differ)",
        lambda: errors_of(ref.Signup, signup(password_confirm="nope nope")),
        render=render_pairs,
    )
    check.case(
        "validation_errors(Order, a valid payload)",
        lambda: errors_of(ref.Order, order([item()])),
        render=render_pairs,
    )
check.done()
