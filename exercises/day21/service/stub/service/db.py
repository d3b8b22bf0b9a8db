"""Storage for the notes service (see the contract in app.py).

Two tables: users (id, username UNIQUE, password hash) and notes (id, owner's user
id, title, body). Either way works:
  * SQLAlchemy 2.0: `create_engine(database_url)`, models on a `DeclarativeBase`,
    `Base.metadata.create_all(engine)`, and `sessionmaker(engine)` for sessions.
  * sqlite3: `sqlite3.connect(path, check_same_thread=False)` (FastAPI runs plain
    `def` routes in worker threads), `CREATE TABLE IF NOT EXISTS ...`, and `?`
    placeholders in every query (never format values into SQL).
Every query about notes filters on the owner: that is what keeps users apart.

The function below is a suggested shape; app.py is what the check drives.
"""


def connect(database_url):
    """Open the database at `database_url` and create the tables if missing."""
    # Your code here: replace the line below.
    raise NotImplementedError("connect")
