"""Known-wrong: careful tests of login and health only: most of the shop never runs."""

import pytest
from fastapi.testclient import TestClient

from shop import create_app


@pytest.fixture
def client(tmp_path):
    app = create_app(database_url="sqlite:///" + str(tmp_path / "s.db"), secret="s" * 32,
                     users={"ada": "pw"}, cache=None, now=lambda: 1000)
    return TestClient(app)


def test_health(client):
    assert client.get("/health").json() == {"status": "ok"}


@pytest.mark.parametrize("user, password", [("ada", "nope"), ("bob", "pw")])
def test_bad_login(client, user, password):
    assert client.post("/login", json={"username": user, "password": password}).status_code == 401


def test_login(client):
    body = client.post("/login", json={"username": "ada", "password": "pw"}).json()
    assert body["token_type"] == "bearer"
