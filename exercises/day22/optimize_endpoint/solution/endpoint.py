"""Day 22 — Optimize endpoint performance (reference solution)."""


def customer_report_slow(conn, customer_ids):
    """The original endpoint: correct, and slow. Read it; do not change it."""
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


def customer_report(conn, customer_ids):
    """One summary per distinct known id, in first-appearance order: 2 queries, O(n)."""
    wanted = list(dict.fromkeys(customer_ids))  # dedupe in O(n), first appearance kept
    if not wanted:
        return []  # nothing to ask the database
    marks = ", ".join(["?"] * len(wanted))
    names = dict(conn.execute(f"SELECT id, name FROM customers WHERE id IN ({marks})", wanted))
    paid = {}
    for customer_id, total in conn.execute(
        f"SELECT customer_id, total_cents FROM orders"
        f" WHERE status = 'paid' AND customer_id IN ({marks})",
        wanted,
    ):
        paid.setdefault(customer_id, []).append(total)
    report = []
    for cid in wanted:
        if cid not in names:
            continue  # unknown ids are skipped
        totals = paid.get(cid, [])
        report.append({
            "id": int(cid),
            "name": names[cid],
            "orders": len(totals),
            "spent": sum(totals),
            "largest": max(totals) if totals else None,
        })
    return report
