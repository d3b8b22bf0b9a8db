"""Day 27 — Load test with Locust.

Locust simulates many users hitting a web API at once. You describe ONE user in a
*locustfile*: a class derived from `HttpUser` whose `self.client` is a `requests`-like
session bound to the host under test. Locust then starts N such users (each its own
object, each running in a greenlet), and every user loops: pick one of its tasks at
random, weighted by the task's weight (`@task(6)` is picked six times as often as
`@task(1)`), run it, then sleep `wait_time()` seconds ("think time"). `on_start` runs
once per user before its first task: the place to log in. Locust records every request
(time, failure) in its stats; a response with status >= 400 counts as a failure. Every
request is a row of the stats, named by its URL unless you pass `name=...`: name the
requests whose URL carries an id, or you get one row per id.

Run it yourself against a server:  locust -f locustfile.py --headless -u 10 -r 10 -t 30s --host http://...
The check runs it against its own shop API, with 3 users, and counts on the server side.

The shop API (JSON in, JSON out):
  POST /login   body {"username": "loadtest", "password": "hunter2"} -> {"token": "<text>"}
  GET  /items                            -> the list of the 20 items     (needs the token)
  GET  /items/<id>  (id from 1 to 20)    -> one item                     (needs the token)
  POST /cart    body {"item_id": <1..20>, "qty": 1} -> 201               (needs the token)
"Needs the token" means the header `Authorization: Bearer <token>`; without it: 401.

Contract for this file:
  * exactly one user class, a subclass of HttpUser (FastHttpUser also works); no need
    for a `host`: the check passes its own, as `--host` does;
  * `wait_time = between(1, 3)`: each user thinks 1 to 3 seconds between tasks;
  * `on_start` logs the user in ONCE (POST /login with the JSON body above) and makes
    every later request of that user carry `Authorization: Bearer <token>` (hint:
    `self.client.headers` is shared by all requests of this user's client);
  * three tasks, with weights 6 : 3 : 1, one request each:
      - weight 6: GET /items
      - weight 3: GET /items/<id> for a random id from 1 to 20, named "/items/[id]"
      - weight 1: POST /cart with JSON {"item_id": <random 1..20>, "qty": 1}
  * no request may fail and no task may raise.
"""
from locust import HttpUser, between, task  # noqa: F401


class ShopUser(HttpUser):
    # Your code here: wait_time, on_start, and the three tasks.
    pass


raise NotImplementedError("write ShopUser, then delete this line")
