"""The original (slow) endpoint, grader-owned: the reference for "results unchanged".
Kept identical in behaviour to customer_report_slow in the stub."""


def customer_report(conn, customer_ids):
    seen = []
    for cid in customer_ids:
        if cid not in seen:
            seen.append(cid)
    report = []
    for cid in seen:
        row = conn.execute("SELECT id, name FROM customers WHERE id = ?", (cid,)).fetchone()
        if row is None:
            continue
        orders = conn.execute(
            "SELECT total_cents, status FROM orders WHERE customer_id = ? ORDER BY id", (cid,)
        ).fetchall()
        paid = []
        for total, status in orders:
            if status == "paid":
                paid.append(total)
        report.append({
            "id": row[0],
            "name": row[1],
            "orders": len(paid),
            "spent": sum(paid),
            "largest": max(paid) if paid else None,
        })
    return report
