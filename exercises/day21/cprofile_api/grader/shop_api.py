"""Grader-owned workloads for day21/cprofile_api: plain Python, no stdlib helpers,
no comprehensions or generators, so call counts are the same on every CPython."""


def tag(x):
    return x


def fmt(x):
    return x


def log(x):
    return x


def tally(items):
    for item in items:
        log(item)
        fmt(item)
        tag(item)
    return len(items)


def price_of(sku, prices):
    return prices.get(sku, 0)


def check_sku(sku):
    if not isinstance(sku, str):
        raise TypeError(sku)
    return sku


def line_total(line, prices):
    sku, qty = line
    check_sku(sku)
    total = 0
    for _ in range(qty):
        total += price_of(sku, prices)  # the planted hot spot: one lookup per unit
    return total


def discount(total):
    return total - total // 10 if total > 1000 else total


def handle_order(request, prices):
    """An API-like handler: validate, price every line, discount, respond."""
    lines = request["lines"]
    total = 0
    for line in lines:
        total += line_total(line, prices)
    audit = price_of(lines[0][0], prices)
    return {"status": 200, "total": discount(total), "audit": audit}


def walk(node):
    count = 1
    for child in node.get("children", ()):
        count += walk(child)
    return count


def handle_tree(trees):
    """Counts nested category trees: recursion makes ncalls differ from primitive."""
    nodes = 0
    for tree in trees:
        tag(tree)
        nodes += walk(tree)
    return {"status": 200, "nodes": nodes}


def busy_builtins(n, *, scale):
    """Many built-in calls, few Python ones."""
    seen = []
    for i in range(n * scale):
        seen.append(len(str(i)))
    return step_a(sum(seen))


def step_a(x):
    return step_b(x) + step_b(x)


def step_b(x):
    return step_c(x)


def step_c(x):
    return x


def failing_handler(request):
    check_sku(request["sku"])
    check_sku(None)
    return {"status": 200}


def f01(): return f02()
def f02(): return f03()
def f03(): return f04()
def f04(): return f05()
def f05(): return f06()
def f06(): return f07()
def f07(): return f08()
def f08(): return f09()
def f09(): return f10()
def f10(): return f11()
def f11(): return f12()
def f12(): return 0


def chain(times):
    """Twelve functions, f01 called `times` times, f02 one time more, and so on up."""
    for _ in range(times):
        f01()
    f02()
    f03(); f03()
    f04(); f04(); f04()
    f05(); f05(); f05(); f05()
    return 0


def two_callers(n):
    """price_of called equally often from two places."""
    for _ in range(n):
        price_of("a", {})
    for _ in range(n):
        audit_price("a")
    return 0


def audit_price(sku):
    return price_of(sku, {})


def two_callers_late(n):
    """The same tie, the indirect caller first; audit_price now has the lower line."""
    for _ in range(n):
        audit_price("b")
    for _ in range(n):
        price_of("b", {})
    return 0


def cross_file(n, record):
    """price_of called from here and from another module's `record`, n times each."""
    for _ in range(n):
        price_of("c", {})
        tag("c")
        record("c", price_of)
    return 0
