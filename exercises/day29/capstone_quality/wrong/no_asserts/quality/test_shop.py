"""Known-wrong: calls every route but asserts nothing: full coverage, no bug caught."""

from fastapi.testclient import TestClient

from shop import create_app


class FakeCache(dict):
    def set(self, key, value, ex=None):
        self[key] = value

    def delete(self, key):
        self.pop(key, None)


def test_everything(tmp_path):
    app = create_app(database_url="sqlite:///" + str(tmp_path / "s.db"), secret="s" * 32,
                     users={"ada": "pw"}, cache=FakeCache(), now=lambda: 1000)
    client = TestClient(app)
    client.get("/health")
    client.post("/login", json={"username": "ada", "password": "nope"})
    client.post("/login", json={"username": "bob", "password": "pw"})
    token = client.post("/login", json={"username": "ada", "password": "pw"}).json()["access_token"]
    auth = {"Authorization": "Bearer " + token}
    client.get("/items")
    client.get("/items", headers={"Authorization": "Bearer junk"})
    client.post("/items", json={"name": "Lamp", "price_cents": 5}, headers=auth)
    client.get("/items", headers=auth)
    client.get("/items/1", headers=auth)
    client.get("/items/1", headers=auth)
    client.get("/items/9", headers=auth)
    client.put("/items/1", json={"name": "L", "price_cents": 6}, headers=auth)
    client.put("/items/9", json={"name": "L", "price_cents": 6}, headers=auth)
    client.get("/summary", headers=auth)
    client.delete("/items/1", headers=auth)
    client.delete("/items/1", headers=auth)
