"""Planted bugs for day19/pytest_suite: each is a small edit of the reference ledger.

A mutant is (what it breaks, [(text in ledger.py, replacement), ...]). The check applies
the edits to a copy of the reference; a good test suite fails on every mutant. `what` is
printed in the case line, so it names the broken behaviour, never the test that finds it.
"""

MUTANTS = [
    (
        "parse_line keeps the SKU's case",
        [("    return sku.upper(), qty\n", "    return sku, qty\n")],
    ),
    (
        "parse_line accepts a quantity of 0",
        [('    if qty == 0:\n        raise LedgerError("a movement of 0 means nothing")\n', "")],
    ),
    (
        "parse_line ignores fields after the second",
        [
            ("    if len(fields) != 2:\n", "    if len(fields) < 2:\n"),
            ("    sku, text = fields\n", "    sku, text = fields[:2]\n"),
        ],
    ),
    (
        "parse_line accepts a decimal quantity and drops its fraction",
        [("        qty = int(text)\n", "        qty = int(float(text))\n")],
    ),
    (
        "format_line leaves out the + of a positive quantity",
        [('    return f"{sku.upper()} {qty:+d}\\n"\n', '    return f"{sku.upper()} {qty:d}\\n"\n')],
    ),
    (
        "format_line keeps the SKU's case",
        [('    return f"{sku.upper()} {qty:+d}\\n"\n', '    return f"{sku} {qty:+d}\\n"\n')],
    ),
    (
        "balances reads comment lines as movements",
        [('    return bool(text) and not text.startswith("#")\n', "    return bool(text)\n")],
    ),
    (
        "balances keeps SKUs whose stock is back to 0",
        [("    return {sku: n for sku, n in stock.items() if n != 0}\n", "    return dict(stock)\n")],
    ),
    (
        "balances lets a stock go below 0",
        [
            (
                '        if new < 0:\n            raise LedgerError(f"line {number}: stock of {sku} would go below 0 ({new})")\n',
                "",
            )
        ],
    ),
    (
        "balances checks only the final stock, not each movement in turn",
        [
            (
                '        if new < 0:\n            raise LedgerError(f"line {number}: stock of {sku} would go below 0 ({new})")\n'
                "        stock[sku] = new\n",
                "        stock[sku] = new\n"
                "    if any(n < 0 for n in stock.values()):\n"
                '        raise LedgerError("a stock would go below 0")\n',
            )
        ],
    ),
    (
        "Ledger.stock is case-sensitive",
        [("        return self.balances().get(sku.upper(), 0)\n", "        return self.balances().get(sku, 0)\n")],
    ),
    (
        "Ledger.stock raises for a SKU it has never seen",
        [("        return self.balances().get(sku.upper(), 0)\n", "        return self.balances()[sku.upper()]\n")],
    ),
    (
        "Ledger.stock and Ledger.balances fail while the file does not exist",
        [
            (
                "        return balances(self._lines())\n",
                '        return balances(self.path.read_text(encoding="utf-8").splitlines())\n',
            )
        ],
    ),
    (
        "Ledger.record replaces the file instead of appending to it",
        [('        with self.path.open("a", encoding="utf-8") as f:\n', '        with self.path.open("w", encoding="utf-8") as f:\n')],
    ),
    (
        "Ledger.record writes a refused movement before refusing it",
        [
            (
                '        if current + qty < 0:\n            raise LedgerError(f"stock of {sku} is {current}: cannot take {-qty}")\n'
                '        with self.path.open("a", encoding="utf-8") as f:\n            f.write(line)\n',
                '        with self.path.open("a", encoding="utf-8") as f:\n            f.write(line)\n'
                '        if current + qty < 0:\n            raise LedgerError(f"stock of {sku} is {current}: cannot take {-qty}")\n',
            )
        ],
    ),
    (
        "Ledger.record writes movements that parse_line would reject",
        [("        sku, qty = parse_line(line)  # the same rules as reading it back later\n", "        sku = sku.upper()\n")],
    ),
    (
        "Ledger.record keeps movements in memory and never writes the file",
        [
            ("        self.path = Path(path)\n", "        self.path = Path(path)\n        self._unsaved = []\n"),
            ("                return f.readlines()\n", "                return f.readlines() + self._unsaved\n"),
            ("            return []\n", "            return list(self._unsaved)\n"),
            (
                '        with self.path.open("a", encoding="utf-8") as f:\n            f.write(line)\n',
                "        self._unsaved.append(line)\n",
            ),
        ],
    ),
]


def apply(source, edits):
    """The mutated source; a grader bug (the reference changed) if an edit does not match."""
    for old, new in edits:
        if source.count(old) != 1:
            raise AssertionError("mutant no longer matches the reference ledger: " + old.strip()[:60])
        source = source.replace(old, new)
    return source
