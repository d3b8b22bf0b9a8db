"""Day 29 — alternative: unittest-style test classes (pytest runs them too)."""

import json
import os
import tempfile
import unittest

from fastapi.testclient import TestClient

import shop


class MemoryCache:
    def __init__(self):
        self.values, self.expiry = {}, {}

    def get(self, key):
        return self.values.get(key)

    def set(self, key, value, ex=None):
        self.values[key], self.expiry[key] = value, ex

    def delete(self, key):
        self.values.pop(key, None)


class ShopTestCase(unittest.TestCase):
    USERS = {"ada": "s3cret!", "bob": "hunter22"}

    def setUp(self):
        self.folder = tempfile.TemporaryDirectory()
        self.addCleanup(self.folder.cleanup)
        self.url = "sqlite:///" + os.path.join(self.folder.name, "t.db")
        self.t = 5_000
        self.cache = MemoryCache()
        self.client = self.make_client("unit-test-secret-key-with-32-bytes!!")
        self.auth = self.login("ada", "s3cret!")

    def make_client(self, secret):
        app = shop.create_app(database_url=self.url, secret=secret, users=self.USERS, cache=self.cache,
                              now=lambda: self.t)
        return TestClient(app)

    def login(self, user, password, client=None):
        answer = (client or self.client).post("/login", json={"username": user, "password": password})
        self.assertEqual(answer.status_code, 200)
        return {"Authorization": "Bearer " + answer.json()["access_token"]}

    def new_item(self, name="Pen", price=150):
        answer = self.client.post("/items", json={"name": name, "price_cents": price}, headers=self.auth)
        self.assertEqual(answer.status_code, 201)
        return answer.json()


class AuthTests(ShopTestCase):
    def test_health_is_open(self):
        self.assertEqual(self.client.get("/health").status_code, 200)

    def test_bad_logins(self):
        for user, password in (("ada", "hunter22"), ("eve", "s3cret!")):
            with self.subTest(user=user):
                self.assertEqual(self.client.post("/login", json={"username": user, "password": password}).status_code, 401)

    def test_missing_and_forged_tokens(self):
        forged = self.login("ada", "s3cret!", self.make_client("a-completely-different-secret-key!!!"))
        for headers in ({}, forged, {"Authorization": "Bearer x.y.z"}):
            self.assertEqual(self.client.get("/summary", headers=headers).status_code, 401)

    def test_expiry_boundary(self):
        self.t += 899
        self.assertEqual(self.client.get("/items", headers=self.auth).status_code, 200)
        self.t += 1
        self.assertEqual(self.client.get("/items", headers=self.auth).status_code, 401)


class ItemTests(ShopTestCase):
    def test_create_list_read(self):
        pen, ink = self.new_item(), self.new_item("Ink", 725)
        self.assertEqual(self.client.get("/items", headers=self.auth).json(), [pen, ink])
        self.assertEqual(self.client.get(f"/items/{ink['id']}", headers=self.auth).json(),
                         {"id": ink["id"], "name": "Ink", "price_cents": 725})

    def test_validation(self):
        for body in ({"name": "", "price_cents": 1}, {"name": "a", "price_cents": -5}, {"name": "a"}):
            with self.subTest(body=body):
                self.assertEqual(self.client.post("/items", json=body, headers=self.auth).status_code, 422)

    def test_update_delete_and_missing(self):
        pen = self.new_item()
        path = f"/items/{pen['id']}"
        self.assertEqual(self.client.put(path, json={"name": "Pen 2", "price_cents": 3}, headers=self.auth).json()["name"], "Pen 2")
        self.assertEqual(self.client.delete(path, headers=self.auth).status_code, 204)
        for method in ("get", "delete"):
            self.assertEqual(getattr(self.client, method)(path, headers=self.auth).status_code, 404)
        self.assertEqual(self.client.put(path, json={"name": "x", "price_cents": 1}, headers=self.auth).status_code, 404)

    def test_summary(self):
        self.assertEqual(self.client.get("/summary", headers=self.auth).json(), {"items": 0, "total_cents": 0})
        self.new_item(price=100)
        self.new_item(price=250)
        self.assertEqual(self.client.get("/summary", headers=self.auth).json(), {"items": 2, "total_cents": 350})


class CacheTests(ShopTestCase):
    def test_miss_fills_and_hit_answers(self):
        pen = self.new_item()
        key = f"item:{pen['id']}"
        self.client.get(f"/items/{pen['id']}", headers=self.auth)
        self.assertEqual((json.loads(self.cache.values[key]), self.cache.expiry[key]), (pen, 60))
        self.cache.values[key] = json.dumps({"id": pen["id"], "name": "cached", "price_cents": 1})
        self.assertEqual(self.client.get(f"/items/{pen['id']}", headers=self.auth).json()["name"], "cached")

    def test_update_is_never_stale(self):
        pen = self.new_item()
        path = f"/items/{pen['id']}"
        self.client.get(path, headers=self.auth)
        self.client.put(path, json={"name": "Pen 3", "price_cents": 9}, headers=self.auth)
        self.assertEqual(self.client.get(path, headers=self.auth).json()["name"], "Pen 3")
