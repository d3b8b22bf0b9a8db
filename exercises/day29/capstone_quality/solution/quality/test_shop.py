"""Day 29 — reference solution: pytest tests for the capstone core (shop.py)."""

import json

import pytest
from fastapi.testclient import TestClient

from shop import create_app

T0 = 1_000_000
USERS = {"ada": "correct horse", "bob": "battery staple"}


class FakeCache:
    """The cache interface over a dict; remembers every TTL it was given."""

    def __init__(self):
        self.data = {}
        self.ttls = {}

    def get(self, key):
        return self.data.get(key)

    def set(self, key, value, ex=None):
        self.data[key] = value
        self.ttls[key] = ex

    def delete(self, key):
        self.data.pop(key, None)
        self.ttls.pop(key, None)


class Clock:
    def __init__(self):
        self.t = T0

    def __call__(self):
        return self.t


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def cache():
    return FakeCache()


@pytest.fixture
def db_url(tmp_path):
    return "sqlite:///" + str(tmp_path / "shop.db")


@pytest.fixture
def client(db_url, cache, clock):
    app = create_app(database_url=db_url, secret="test-secret-0123456789abcdef0123456789", users=USERS,
                     cache=cache, now=clock)
    return TestClient(app)


def token(client, user="ada"):
    response = client.post("/login", json={"username": user, "password": USERS[user]})
    assert response.status_code == 200
    assert response.json()["token_type"] == "bearer"
    return {"Authorization": "Bearer " + response.json()["access_token"]}


@pytest.fixture
def auth(client):
    return token(client)


def add(client, auth, name="Lamp", price=1999):
    response = client.post("/items", json={"name": name, "price_cents": price}, headers=auth)
    assert response.status_code == 201
    return response.json()


def test_health_needs_no_token(client):
    assert client.get("/health").json() == {"status": "ok"}


@pytest.mark.parametrize("username, password", [("ada", "battery staple"), ("carol", "correct horse")])
def test_login_rejects_bad_credentials(client, username, password):
    assert client.post("/login", json={"username": username, "password": password}).status_code == 401


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer nonsense"}, {"Authorization": "Basic YWRhOng="}])
def test_routes_need_a_valid_token(client, headers):
    assert client.get("/items", headers=headers).status_code == 401
    assert client.get("/summary", headers=headers).status_code == 401
    assert client.post("/items", json={"name": "x", "price_cents": 1}, headers=headers).status_code == 401


def test_token_signed_with_another_key_is_rejected(client, db_url, cache, clock):
    other = create_app(database_url=db_url, secret="another-secret-0123456789abcdef012345", users=USERS,
                       cache=cache, now=clock)
    assert client.get("/items", headers=token(TestClient(other))).status_code == 401


def test_token_expires_after_900_seconds(client, auth, clock):
    clock.t = T0 + 899
    assert client.get("/items", headers=auth).status_code == 200
    clock.t = T0 + 900
    assert client.get("/items", headers=auth).status_code == 401


def test_crud_round_trip(client, auth):
    lamp = add(client, auth)
    desk = add(client, auth, "Desk", 15000)
    assert lamp == {"id": lamp["id"], "name": "Lamp", "price_cents": 1999}
    assert [i["name"] for i in client.get("/items", headers=auth).json()] == ["Lamp", "Desk"]
    assert client.get(f"/items/{desk['id']}", headers=auth).json() == desk
    put = client.put(f"/items/{desk['id']}", json={"name": "Big desk", "price_cents": 20000}, headers=auth)
    assert put.status_code == 200 and put.json()["name"] == "Big desk"
    deleted = client.delete(f"/items/{lamp['id']}", headers=auth)
    assert deleted.status_code == 204 and deleted.content == b""
    assert client.get(f"/items/{lamp['id']}", headers=auth).status_code == 404


@pytest.mark.parametrize("body", [{"price_cents": 1}, {"name": "", "price_cents": 1}, {"name": "x" * 101, "price_cents": 1},
                                  {"name": "x", "price_cents": -1}, {"name": "x", "price_cents": "5"}])
def test_bad_bodies_are_422(client, auth, body):
    assert client.post("/items", json=body, headers=auth).status_code == 422


def test_unknown_ids_are_404(client, auth):
    assert client.get("/items/999", headers=auth).status_code == 404
    assert client.put("/items/999", json={"name": "x", "price_cents": 1}, headers=auth).status_code == 404
    assert client.delete("/items/999", headers=auth).status_code == 404


def test_cache_aside(client, auth, cache):
    lamp = add(client, auth)
    key = f"item:{lamp['id']}"
    assert client.get(f"/items/{lamp['id']}", headers=auth).json() == lamp
    assert json.loads(cache.data[key]) == lamp and cache.ttls[key] == 60
    cache.data[key] = json.dumps(dict(lamp, name="from cache"))
    assert client.get(f"/items/{lamp['id']}", headers=auth).json()["name"] == "from cache"


def test_writes_invalidate_the_cache(client, auth, cache):
    lamp = add(client, auth)
    client.get(f"/items/{lamp['id']}", headers=auth)
    client.put(f"/items/{lamp['id']}", json={"name": "New lamp", "price_cents": 5}, headers=auth)
    assert client.get(f"/items/{lamp['id']}", headers=auth).json()["name"] == "New lamp"
    client.delete(f"/items/{lamp['id']}", headers=auth)
    assert client.get(f"/items/{lamp['id']}", headers=auth).status_code == 404


def test_summary(client, auth):
    assert client.get("/summary", headers=auth).json() == {"items": 0, "total_cents": 0}
    add(client, auth, "A", 150)
    add(client, auth, "B", 725)
    assert client.get("/summary", headers=auth).json() == {"items": 2, "total_cents": 875}
