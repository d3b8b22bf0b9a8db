"""Day 27 — alternative: FastHttpUser (geventhttpclient) behind an abstract base class."""
from random import randint

from locust import FastHttpUser, between, task


class ApiUser(FastHttpUser):
    abstract = True
    wait_time = between(1, 3)
    token = None

    def on_start(self):
        reply = self.client.post("/login", json={"username": "loadtest", "password": "hunter2"})
        self.token = reply.json()["token"]

    def call(self, method, path, **kwargs):
        headers = {"Authorization": "Bearer " + self.token}
        return self.client.request(method, path, headers=headers, **kwargs)


class CatalogueUser(ApiUser):
    @task(1)
    def add_to_cart(self):
        self.call("POST", "/cart", json={"item_id": randint(1, 20), "qty": 1})

    @task(3)
    def item(self):
        self.call("GET", f"/items/{randint(1, 20)}", name="/items/[id]")

    @task(6)
    def items(self):
        self.call("GET", "/items")
