"""Day 27 — alternative: plain functions in a weighted `tasks` dict, the token kept on
the user and sent per request, responses checked with catch_response."""
import random

from locust import HttpUser, between

CREDENTIALS = {"username": "loadtest", "password": "hunter2"}


def browse(user):
    with user.client.get("/items", headers=user.auth, catch_response=True) as response:
        if not isinstance(response.json(), list):
            response.failure("expected a list of items")


def view_item(user):
    user.client.get("/items/%d" % random.randint(1, 20), name="/items/[id]", headers=user.auth)


def add_to_cart(user):
    body = {"item_id": random.choice(range(1, 21)), "qty": 1}
    user.client.post("/cart", json=body, headers=user.auth)


class Shopper(HttpUser):
    wait_time = between(1.0, 3.0)
    tasks = {browse: 6, view_item: 3, add_to_cart: 1}

    def on_start(self):
        with self.client.post("/login", json=CREDENTIALS, catch_response=True) as response:
            self.auth = {"Authorization": f"Bearer {response.json()['token']}"}
