"""Helpers for checks that drive a learner's web service (copied next to check.py):
responses read the way the verdict shows them, bearer headers, and a clock the check
sets, so a service never reads the real time."""

from pygrade_check import show

__all__ = ["Clock", "body_of", "status_detail", "bearer", "login_result"]


class Clock:
    """The only clock the service may read: whole seconds the check sets (`.t`)."""

    def __init__(self, start):
        self.t = start

    def __call__(self):
        return self.t


def body_of(response):
    """The JSON body, or None when there is none."""
    try:
        return response.json()
    except ValueError:
        return None


def status_detail(response):
    """`404` plus whether the body is {"detail": ...} as FastAPI's errors are."""
    body = body_of(response)
    if isinstance(body, dict) and "detail" in body:
        return str(response.status_code)
    return str(response.status_code) + " (body " + show(body if body is not None else response.text) + ", expected {\"detail\": ...})"


def bearer(token):
    return {"Authorization": "Bearer " + token}


def login_result(response):
    """A login's case result and the access token it gave (None without a JSON object):
    `200, token_type 'bearer', access_token a JWT`."""
    body = body_of(response)
    if not isinstance(body, dict):
        return str(response.status_code) + " " + show(body), None
    token = body.get("access_token")
    kind = "a JWT" if isinstance(token, str) and token.count(".") == 2 else show(token)
    text = str(response.status_code) + ", token_type " + show(body.get("token_type")) + ", access_token " + kind
    return text, token
