"""Grader-owned request handler and failing code for the day26/metrics_sentry check."""

SEEN = []
BOOM = LookupError("order database unreachable")


def handler(method, path):
    SEEN.append((method, path))
    route = path.split("?", 1)[0]
    if route == "/boom":
        raise BOOM
    if route == "/items" and method == "GET":
        return (200, "item list")
    if route == "/cart" and method == "POST":
        return (201, "added")
    return (404, "no route " + route)


def lookup_account(email):
    accounts = {}
    try:
        return accounts[email]
    except KeyError:
        raise ValueError("no account for " + email) from None
