"""Day 22 — alternative: SQLAlchemy Core on the same connection, class-based, expanding IN."""
from sqlalchemy import bindparam, create_engine, text
from sqlalchemy.pool import StaticPool

CUSTOMERS = text("SELECT id, name FROM customers WHERE id IN :ids").bindparams(bindparam("ids", expanding=True))
PAID = text(
    "SELECT customer_id, total_cents FROM orders WHERE status = 'paid' AND customer_id IN :ids"
).bindparams(bindparam("ids", expanding=True))


class Report:
    def __init__(self, conn):
        self.engine = create_engine("sqlite://", creator=lambda: conn, poolclass=StaticPool)

    def build(self, customer_ids):
        seen = set()
        wanted = []
        for cid in customer_ids:
            if cid not in seen:
                seen.add(cid)
                wanted.append(int(cid))
        if not wanted:
            return []
        with self.engine.connect() as db:
            names = {row.id: row.name for row in db.execute(CUSTOMERS, {"ids": wanted})}
            spent = {}
            for row in db.execute(PAID, {"ids": wanted}):
                spent.setdefault(row.customer_id, []).append(row.total_cents)
        out = []
        for cid in wanted:
            if cid in names:
                totals = spent.get(cid, [])
                out.append({"id": cid, "name": names[cid], "orders": len(totals),
                            "spent": sum(totals), "largest": max(totals, default=None)})
        return out


def customer_report(conn, customer_ids):
    return Report(conn).build(customer_ids)
