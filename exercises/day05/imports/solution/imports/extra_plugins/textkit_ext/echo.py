"""Plugin `echo`, in the extra half of the namespace package `textkit_ext`.

`shout` lives in another folder (`core_plugins/textkit_ext/`), yet it is a sibling of
this module: both belong to the one package `textkit_ext`, so `from . import shout`
(or `from .shout import transform`) finds it — as long as both folders are on sys.path.

Contract of `transform(text) -> str`: the text, a space, then shout's transform of it:
    transform("hey") -> "hey HEY!"
"""


from . import shout


def transform(text):
    return text + " " + shout.transform(text)
