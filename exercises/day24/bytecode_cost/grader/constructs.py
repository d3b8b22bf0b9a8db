"""Workloads the check traces. Their opcode counts differ between Python versions, so
only comparisons that hold on every version (and agreement with the check's own
tracer) reach the output."""

SCALE = 3
calls = []


def add(a, b):
    return a + b


def normalise(word):
    return word.strip().lower()


def tally(words):
    seen = {}
    for word in words:
        key = normalise(word)
        seen[key] = seen.get(key, 0) + 1
    return seen


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def by_last_letter(words):
    return sorted(words, key=lambda w: w[::-1])


def sum_of_squares(n):
    return sum(i * i for i in range(n))


def scaled(values, factor=1, offset=0):
    return [v * factor + offset for v in values]


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def norm1(self):
        return abs(self.x) + abs(self.y)


def make_point(x, y):
    return Point(x, y).norm1()


def record(tag):
    calls.append(tag)
    return len(calls)


def explode(n):
    total = 0
    for i in range(n):
        total += i
    return total / (n - n)


# -- pairs of constructs computing the same thing -------------------------------------------
def append_loop(n):
    out = []
    for i in range(n):
        out.append(i * 2)
    return out


def list_comprehension(n):
    return [i * 2 for i in range(n)]


def while_sum(n):
    i = total = 0
    while i < n:
        total += i
        i += 1
    return total


def for_sum(n):
    total = 0
    for i in range(n):
        total += i
    return total


def builtin_sum(n):
    return sum(range(n))


def scan_list(items, target):
    for item in items:
        if item == target:
            return True
    return False


def in_set(items, target):
    return target in set(items)


def concat_words(words, sep=" "):
    text = ""
    for i, word in enumerate(words):
        if i:
            text += sep
        text += word
    return text


def join_words(words, sep=" "):
    return sep.join(words)


def twin_a(n):
    return [i % 3 for i in range(n)]


def twin_b(n):
    return [i % 3 for i in range(n)]


def attribute_append(n):
    out = []
    for i in range(n):
        out.append(i)
    return out


def hoisted_append(n):
    out = []
    append = out.append
    for i in range(n):
        append(i)
    return out


def global_constant(n):
    total = 0
    for _ in range(n):
        total += SCALE
    return total


def local_constant(n):
    scale = SCALE
    total = 0
    for _ in range(n):
        total += scale
    return total


def squares(n):
    return [i * i for i in range(n)]


def cubes(n):
    return [i * i * i for i in range(n)]


def counted_first(n, tag=None):
    calls.append(("first", n, tag))
    return n * 2


def counted_second(n, tag=None):
    calls.append(("second", n, tag))
    return n + n
