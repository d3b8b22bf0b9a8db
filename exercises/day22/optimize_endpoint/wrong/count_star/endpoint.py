"""Wrong: COUNT(*) counts the LEFT JOIN's empty row: 1 order for a customer with none."""

QUERY = """
SELECT c.id,
       c.name,
       COUNT(*),
       COALESCE(SUM(o.total_cents), 0),
       MAX(o.total_cents)
FROM customers AS c
LEFT JOIN orders AS o ON o.customer_id = c.id AND o.status = 'paid'
WHERE c.id IN ({marks})
GROUP BY c.id, c.name
"""


def customer_report(conn, customer_ids):
    order = {}
    for cid in customer_ids:
        order.setdefault(cid, len(order))
    if not order:
        return []
    rows = conn.execute(QUERY.format(marks=",".join("?" for _ in order)), list(order)).fetchall()
    rows.sort(key=lambda row: order[row[0]])
    return [
        {"id": cid, "name": name, "orders": count, "spent": spent, "largest": largest}
        for cid, name, count, spent, largest in rows
    ]
