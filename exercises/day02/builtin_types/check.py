"""Hidden check for day02/builtin_types: one line per case.

The predictions are compared with the snippets evaluated here, at run time, in the
same interpreter; the functions are called on inputs the learner has not seen.
"""
from pygrade_check import Check, ExpectedError, show

check = Check()
mod = check.load("builtin_types.py")
if not check.need(mod, "ANSWERS", "word_freq", "dedupe_keep_order", "to_utf8", "from_utf8"):
    check.done()

# ---------------------------------------------------------------- predictions ---
# Each snippet is the one shown in the stub's comments, run for real.


def q1():
    a = [1, 2]
    b = a
    b += [3]
    return a


def q2():
    t = (1, [2])
    t[1].append(3)
    return t


def q3():
    return len({1, 1.0, True, "1"})


def q4():
    return {"a": 1, "b": 2, "a": 3}  # noqa: F601 - the repeated key is the question


def q5():
    s = "naïve"
    s.upper()
    return (s, len(s), len(s.encode("utf-8")))


def same(answer, real):
    """Equal value and equal types all the way down; dict order counts too."""
    if type(answer) is not type(real):
        return False
    if isinstance(real, (list, tuple)):
        return len(answer) == len(real) and all(map(same, answer, real))
    if isinstance(real, dict):
        return (list(answer) == list(real)
                and all(same(answer[k], real[k]) for k in real))
    return answer == real


QUESTIONS = [
    ("q1", "list += through a second name", q1),
    ("q2", "appending to a list inside a tuple", q2),
    ("q3", "a set of 1, 1.0, True and '1'", q3),
    ("q4", "a dict literal with a repeated key", q4),
    ("q5", "str methods and UTF-8 length", q5),
]


def grade(key, snippet):
    answers = mod.ANSWERS
    if not isinstance(answers, dict):
        raise ExpectedError("ANSWERS must be a dict")
    answer = answers.get(key, ...)
    if answer is ...:
        raise NotImplementedError(key)
    return "correct" if same(answer, snippet()) else "wrong: you answered " + show(answer)


for key, topic, snippet in QUESTIONS:
    check.case("ANSWERS[" + repr(key) + "] (" + topic + ")",
               lambda key=key, snippet=snippet: grade(key, snippet), render=str)

# ---------------------------------------------------------------- word_freq ---


def as_plain(result):
    """Counter and defaultdict are fine: show them as the plain dict they extend."""
    return dict(result) if isinstance(result, dict) else result


for text in [
    "",
    "the cat and the hat",
    "Hello, hello! HELLO?",
    "Zoë\tzoë\n\nZOË  café",
    "don't stop -- (don't)",
    "b a a",
    "cat catalog cat",
    "Straße STRASSE straße ﬁle FILE",
    "«Bonjour» ¿qué? e-mail",
    "one\r\ntwo\u00a0three\x0bfour",
]:
    check.case("word_freq(" + repr(text) + ")", lambda text=text: as_plain(mod.word_freq(text)))

# ---------------------------------------------------------------- dedupe_keep_order ---

check.case("dedupe_keep_order([3, 1, 3, 2, 1])", lambda: mod.dedupe_keep_order([3, 1, 3, 2, 1]))
check.case("dedupe_keep_order([1, True, 1.0, 2])", lambda: mod.dedupe_keep_order([1, True, 1.0, 2]))
check.case("dedupe_keep_order(iter(('x', 'y', 'x', 'z'))), a one-shot iterator",
           lambda: mod.dedupe_keep_order(iter(("x", "y", "x", "z"))))


def leaves_input_alone():
    items = ["b", "a", "b"]
    result = mod.dedupe_keep_order(items)
    return items == ["b", "a", "b"] and result is not items


check.case("input list unchanged, a new list returned", leaves_input_alone)


def new_list_without_repeats():
    items = [5, 6, 7]
    result = mod.dedupe_keep_order(items)
    return result == [5, 6, 7] and result is not items


check.case("dedupe_keep_order(xs) with no repeats: equal, yet a new list", new_list_without_repeats)
check.case("dedupe_keep_order(x for x in 'abcab'), a generator",
           lambda: mod.dedupe_keep_order(x for x in "abcab"))
check.case("dedupe_keep_order([])", lambda: mod.dedupe_keep_order([]))
check.case("dedupe_keep_order([(1, 2), 'a', (1, 2), 0, False])",
           lambda: mod.dedupe_keep_order([(1, 2), "a", (1, 2), 0, False]))


class Counted:
    """Equal by value; counts every __eq__ call so that work is measured, not timed."""

    calls = 0

    def __init__(self, value):
        self.value = value

    def __hash__(self):
        return hash(self.value)

    def __eq__(self, other):
        Counted.calls += 1
        return isinstance(other, Counted) and self.value == other.value


def linear():
    n = 1000
    # Two distinct but equal objects per value, so identity shortcuts do not apply.
    items = [Counted(i) for i in range(n)] + [Counted(i) for i in range(n)]
    Counted.calls = 0
    result = mod.dedupe_keep_order(items)
    if [item.value for item in result] != list(range(n)):
        raise ExpectedError("wrong result")
    # A set/dict lookup compares only on equal hashes: about one call per repeat.
    # Searching the output list costs about n * n / 2 comparisons.
    return Counted.calls <= 4 * n


check.case("1,000 values, each twice: == comparisons stay linear", linear)

# ---------------------------------------------------------------- str <-> bytes ---

check.case("to_utf8('héllo 😀')", lambda: mod.to_utf8("héllo 😀"))
check.case("from_utf8(b'caf\\xc3\\xa9')", lambda: mod.from_utf8(b"caf\xc3\xa9"))
check.raises("from_utf8(b'caf\\xe9'), Latin-1 bytes", lambda: mod.from_utf8(b"caf\xe9"),
             UnicodeDecodeError)
check.case("from_utf8(b'caf\\xe9', errors='replace')",
           lambda: mod.from_utf8(b"caf\xe9", errors="replace"))
check.case("from_utf8(b'caf\\xe9!', errors='ignore')",
           lambda: mod.from_utf8(b"caf\xe9!", errors="ignore"))
check.case("from_utf8(b'\\xff\\xfeok', 'replace'), errors passed by position",
           lambda: mod.from_utf8(b"\xff\xfeok", "replace"))
check.raises("from_utf8(b'ok\\xc3', 'strict'), a cut-off character",
             lambda: mod.from_utf8(b"ok\xc3", "strict"), UnicodeDecodeError)

SAMPLES = ["", "plain ascii", "日本語", "e\u0301 (combining accent)", "👩\u200d💻 ZWJ",
           "\x00\x7f"]
check.case("from_utf8(to_utf8(s)) == s for six tricky strings",
           lambda: all(mod.from_utf8(mod.to_utf8(s)) == s for s in SAMPLES))
check.done()
