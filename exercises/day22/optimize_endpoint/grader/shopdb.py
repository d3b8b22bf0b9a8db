"""Grader-owned data for day22/optimize_endpoint: a deterministic in-memory shop."""
import sqlite3

SCHEMA = """
CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    total_cents INTEGER NOT NULL,
    status TEXT NOT NULL
);
CREATE INDEX orders_customer ON orders(customer_id);
"""

FIRST = ["Ada", "Grace", "Linus", "Guido", "Margaret", "Ken", "Barbara", "Dennis", "Zoë", "Anaïs", "Søren"]
LAST = ["Lovelace", "Hopper", "Torvalds", "van Rossum", "Hamilton", "Thompson", "Liskov", "Ritchie"]

CUSTOMERS = 3000


def orders_of(i):
    """(j, total, status) for customer i: 0-4 orders, some pending, some only pending."""
    out = []
    for j in range(i % 5):
        status = "pending" if (i + j) % 3 == 0 else "paid"
        out.append((j, (i * 37 + j * 101) % 5000 + 100, status))
    return out


def build():
    conn = sqlite3.connect(":memory:")
    conn.executescript(SCHEMA)
    conn.executemany(
        "INSERT INTO customers (id, name) VALUES (?, ?)",
        [(i, FIRST[i % len(FIRST)] + " " + LAST[i % len(LAST)]) for i in range(1, CUSTOMERS + 1)],
    )
    rows = []
    for j in range(5):  # interleaved: one customer's orders are not adjacent ids
        for i in range(CUSTOMERS, 0, -1):
            for jj, total, status in orders_of(i):
                if jj == j:
                    rows.append((i, total, status))
    conn.executemany("INSERT INTO orders (customer_id, total_cents, status) VALUES (?, ?, ?)", rows)
    conn.commit()
    return conn


def request(n_distinct, repeats):
    """n_distinct ids in a scrambled order (about 9 % unknown), then `repeats` repeats."""
    ids = []
    for k in range(n_distinct):
        ids.append((k * 7919) % 3300 + 1)
    for k in range(repeats):
        ids.insert(2 * k + 1, ids[(k * 13) % n_distinct])
    return ids
