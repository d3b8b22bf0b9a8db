"""Day 2 — Understand `list`, `tuple`, `set`, `dict`, `str`, `bytes`.

The six workhorse types differ along two lines: mutable (list, dict, set; changing one
is visible through every name bound to it) or immutable (tuple, str, bytes; operations
return new objects), and ordered by position (list, tuple, str, bytes), by insertion
(dict) or not at all (set). `str` is text (code points); `bytes` is raw 0-255 values, and
an encoding such as UTF-8 is the bridge between them.

Part 1 — predict. Replace each `...` in ANSWERS with the value you expect the snippet
in the comment above it to end with, as a Python literal (e.g. `[1, 2]`, `(5, 6)`,
`{"k": 1}`). Predict first, then try it in the REPL. Answers are compared by value and
type, so 1 and 1.0 are different answers.

Part 2 — write the functions below:

`word_freq(text: str) -> dict[str, int]`
  * words come from `text.split()` (any run of whitespace separates them); each has the
    punctuation of `string.punctuation` stripped from both ends and is lower-cased with
    `str.lower()`; tokens left empty (like "--") are skipped;
  * maps each word to its count; keys appear in order of first appearance.

`dedupe_keep_order(items) -> list`
  * `items` is any iterable of hashable values (it may be a one-shot iterator);
  * returns a new list with the first occurrence of each value, in the original order;
    values that compare equal (1, 1.0, True) count as the same value;
  * runs in linear time: remember what you have seen in a set or dict, not by searching
    the output list. The input is left unchanged.

`to_utf8(text: str) -> bytes`: the UTF-8 encoding of text.
`from_utf8(data: bytes, errors: str = "strict") -> str`: decode UTF-8 bytes; `errors` is
  passed on: "strict" raises UnicodeDecodeError on invalid bytes, "replace" puts
  U+FFFD in their place, "ignore" drops them.
"""

import string

ANSWERS = {
    # a = [1, 2]
    # b = a
    # b += [3]
    # a                    -> ?
    "q1": ...,
    # t = (1, [2])
    # t[1].append(3)
    # t                    -> ?
    "q2": ...,
    # len({1, 1.0, True, "1"})
    "q3": ...,
    # {"a": 1, "b": 2, "a": 3}
    "q4": ...,
    # s = "naïve"
    # s.upper()
    # (s, len(s), len(s.encode("utf-8")))
    "q5": ...,
}


def word_freq(text):
    """Count the words of text (see the contract above)."""
    # Your code here: replace the line below.
    raise NotImplementedError("word_freq")


def dedupe_keep_order(items):
    """Return the values of items without repeats, in first-seen order."""
    # Your code here: replace the line below.
    raise NotImplementedError("dedupe_keep_order")


def to_utf8(text):
    """Return text encoded as UTF-8 bytes."""
    # Your code here: replace the line below.
    raise NotImplementedError("to_utf8")


def from_utf8(data, errors="strict"):
    """Return the str that the UTF-8 bytes in data encode."""
    # Your code here: replace the line below.
    raise NotImplementedError("from_utf8")
