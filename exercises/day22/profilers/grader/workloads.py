"""Grader-owned workloads for day22/profilers. Plain Python: no comprehensions or
generators (their line events differ between CPython versions), sizes chosen so
every answer wins by a wide margin in hits or bytes."""
import ledger


def pad(x):
    return x


def scan(rows, needle):
    found = 0
    for row in rows:
        for cell in row:
            if cell == needle:
                found += 1
    return found


def mixed(n, *, big):
    total = 0
    for i in range(n):
        total += i
    total += sum(range(big))
    return total


def classify(value, limits):
    for limit in limits:
        if value < limit:
            return limit
    return None


def bucket_all(values, limits):
    out = []
    for value in values:
        out.append(classify(value, limits))
    return out


def twin_a(n):
    for _ in range(n):
        pad(n)


def twin_b(n):
    for _ in range(n):
        pad(n)


def twins(n):
    twin_b(n)
    twin_a(n)


def two_loops(n):
    total = 0
    for i in range(n):
        pass
    for j in range(n):
        pass
    return total + i + j


def build_index(n):
    keys = [0] * n
    blob = bytes(3 * 8 * n)
    return keys, blob


def many_small(n):
    header = bytes(2_500_000)
    parts = []
    for i in range(n):
        parts.append(bytes(100_000))
    return header, parts


def tiny_objects(n):
    names = []
    for i in range(n):
        names.append(b"%06d" % i)
    blob = bytes(4_000_000)
    return names, blob


def with_ledger(n):
    rows = ledger.grow(n)
    mine = [0] * 250_000
    return rows, mine


def temporaries():
    scratch = bytes(8_000_000)
    size = len(scratch)
    del scratch
    keep = [0] * 300_000
    return keep, size


def only_scratch(n):
    scratch = bytes(n)
    assert len(scratch) == n


def failing(n):
    blob = bytes(n)
    raise ValueError("bad input of " + str(len(blob)) + " bytes")


def fetch(key):
    return key


def walk(node):
    count = 1
    for child in node.get("children", ()):
        count += walk(child)
    return count


def walk_all(trees):
    nodes = 0
    for tree in trees:
        nodes += walk(tree)
    return nodes


def two_fetches(n, *, extra):
    for i in range(n):
        fetch(i)
    for i in range(n + extra):
        ledger.fetch(i)
    return n


def never_fetches(n):
    return pad(n)
