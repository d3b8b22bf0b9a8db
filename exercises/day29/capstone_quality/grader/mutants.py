"""Planted bugs in the reference shop: (what is broken, old text, new text)."""

MUTANTS = [
    ("a token is still accepted after it expired",
     "    if now >= claims.get(\"exp\", 0):\n        return None\n", ""),
    ("a known user logs in with any password",
     "if expected is None or not hmac.compare_digest(expected.encode(), body.password.encode()):",
     "if expected is None:"),
    ("GET of an unknown id answers 200 with null",
     "        if item is None:\n            raise HTTPException(404, \"item not found\")\n        cache.set(",
     "        if item is None:\n            return None\n        cache.set("),
    ("a negative price is accepted",
     "Field(ge=0, strict=True)", "Field(strict=True)"),
    ("DELETE answers 204 but the item stays",
     "            return conn.execute(\"DELETE FROM items WHERE id = ?\", (item_id,)).rowcount > 0",
     "            return conn.execute(\"SELECT id FROM items WHERE id = ?\", (item_id,)).fetchone() is not None"),
    ("GET never reads the cache (every read goes to the database)",
     "        if cached is not None:\n", "        if cached is not None and False:\n"),
    ("PUT leaves the old item in the cache",
     "        item = store.update(item_id, body.name, body.price_cents)\n        cache.delete(\"item:\" + str(item_id))\n",
     "        item = store.update(item_id, body.name, body.price_cents)\n"),
]


def apply(source, old, new):
    if source.count(old) != 1:
        raise ValueError("mutant does not apply: " + old[:40])
    return source.replace(old, new)
