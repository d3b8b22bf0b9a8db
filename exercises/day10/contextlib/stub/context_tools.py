"""Day 10: context managers from generators with `contextlib.contextmanager`.

`@contextmanager` turns a generator function into a context manager: the code before
`yield` is the `__enter__`, the yielded value is what `as` binds, and the code after
`yield` is the `__exit__`. If the `with` block raises, the exception is re-raised AT the
`yield`, so clean-up that must always happen belongs in `try: yield` /
`finally: ...`. (Catching the exception there without re-raising swallows it.)

`contextlib.ExitStack` collects any number of context managers at run time and exits
all of them, in reverse order, however the block ends: even when entering a later one
fails, the ones already entered are exited.

Contract (the module name avoids shadowing the standard `contextlib` module):

`temp_env(**changes)`: inside the block, each named environment variable (`os.environ`)
  is set to its str value, or removed when the value is None (removing a variable that
  is not set is fine). On exit, normal or by exception, every named variable is
  restored: to its old value, or removed again if it did not exist before. Exceptions
  propagate. What it yields is up to you.

`working_dir(path)`: inside the block the current directory is `path` (relative paths
  are relative to the current directory). On exit, normal or by exception, the
  previous current directory is restored, wherever the block left it. A missing `path`
  raises FileNotFoundError and changes nothing (no directory is created). Exceptions
  propagate.

`open_all(paths, mode="r")`: opens every path in the iterable `paths` (a generator
  too) with the built-in `open(path, mode)` and yields a list of the open file objects,
  in the order of `paths`. Every file is closed on exit, normal or by exception, and
  exceptions propagate. If opening a later path fails, the files opened so far are
  closed and the error propagates. `ExitStack` does most of this for you.

Example:
    with temp_env(DEBUG="1", HOME=None):
        ...                                # DEBUG is "1", HOME is unset
    with working_dir("build"):
        ...                                # cwd is ./build
    with open_all(["a.txt", "b.txt"]) as (a, b):
        ...
"""
import os
from contextlib import ExitStack, contextmanager


@contextmanager
def temp_env(**changes):
    # Your code here
    raise NotImplementedError("temp_env")


@contextmanager
def working_dir(path):
    # Your code here
    raise NotImplementedError("working_dir")


@contextmanager
def open_all(paths, mode="r"):
    # Your code here
    raise NotImplementedError("open_all")
