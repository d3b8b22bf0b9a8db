"""Plugin `shout`, in the core half of the namespace package `textkit_ext`.

This folder, `core_plugins/textkit_ext/`, deliberately has no `__init__.py`.

Contract of `transform(text) -> str`: the text upper-cased, with one "!" appended:
    transform("hi there") -> "HI THERE!"
"""


def transform(text):
    # Your code here
    raise NotImplementedError("shout.transform")
