"""Day 27 — reference solution: a Locust user for the shop API."""
import random

from locust import HttpUser, between, task


class ShopUser(HttpUser):
    wait_time = between(1, 3)

    def on_start(self):
        response = self.client.post("/login", json={"username": "loadtest", "password": "hunter2"})
        token = response.json()["token"]
        self.client.headers["Authorization"] = "Bearer " + token

    @task(6)
    def browse(self):
        self.client.get("/items")

    @task(3)
    def view_item(self):
        item_id = random.randint(1, 20)
        self.client.get(f"/items/{item_id}", name="/items/[id]")

    @task(1)
    def add_to_cart(self):
        self.client.post("/cart", json={"item_id": random.randint(1, 20), "qty": 1})
