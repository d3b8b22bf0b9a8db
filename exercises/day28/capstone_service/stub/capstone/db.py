"""Items storage for the capstone (suggested shape: app.py is what the check drives).

Use the stdlib `sqlite3` (one connection per operation is simplest and thread-safe) or
SQLAlchemy. `database_url` looks like "sqlite:///items.db": the path follows the prefix.
The job in jobs.py reads the same file from the worker.
"""


def init(database_url):
    """Create the items table if it does not exist."""
    # Your code here: replace the line below.
    raise NotImplementedError("init")


def summary(database_url):
    """{"items": number of items, "total_cents": sum of their prices} (0 when empty)."""
    # Your code here: replace the line below.
    raise NotImplementedError("summary")
