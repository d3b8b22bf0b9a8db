"""Day 2 — Demonstrate mutable default arg pitfall (`def f(x=[]):`).

Default argument values are evaluated once, when the `def` statement runs, and stored on
the function object (`f.__defaults__`). An immutable default (None, 0, "") is harmless.
A mutable one — a list, a dict, a set — is one single object shared by every call that
does not pass the argument, so whatever one call appends is still there in the next.

`append_to_buggy` below has the pitfall on purpose. Do not change it, and do not call it
at import time: `demonstrate()` assumes it has never been called.

Contract of `demonstrate() -> tuple`:
  * calls `append_to_buggy("a")` and then `append_to_buggy("b")`, both without a target,
    and returns `(first, second)`: the two values those calls returned, as they are (no
    copies). Together they are the evidence: look at what `first` holds afterwards.

Contract of `append_to_fixed(item, target=None) -> list`:
  * appends item to target and returns target;
  * without a target (or with target=None), uses a brand-new list on every call;
  * with a target list — even an empty one — appends to that very list and returns it;
  * the default stays None: the `None` sentinel is the standard fix.
"""


def append_to_buggy(item, target=[]):
    """The classic pitfall, kept on purpose: every call shares one default list."""
    target.append(item)
    return target


def demonstrate():
    """Call append_to_buggy("a") then append_to_buggy("b"); return both results."""
    # Your code here: replace the line below.
    raise NotImplementedError("demonstrate")


def append_to_fixed(item, target=None):
    """Append item to target (a new list when target is None) and return target."""
    # Your code here: replace the line below.
    raise NotImplementedError("append_to_fixed")
