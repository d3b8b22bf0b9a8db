"""Day 10 — alternative solution: the same three managers without ExitStack.

temp_env re-raises explicitly, working_dir is a class with __enter__/__exit__, and
open_all closes what it opened by hand when a later open fails.
"""
import os
from contextlib import contextmanager

_UNSET = object()


@contextmanager
def temp_env(**changes):
    old = {}
    for name in changes:
        old[name] = os.environ[name] if name in os.environ else _UNSET
    try:
        for name, value in changes.items():
            if value is None:
                if name in os.environ:
                    del os.environ[name]
            else:
                os.environ[name] = value
        yield dict(os.environ)
    except BaseException:
        raise
    finally:
        for name, value in old.items():
            if value is _UNSET:
                if name in os.environ:
                    del os.environ[name]
            else:
                os.environ[name] = value


class working_dir:
    def __init__(self, path):
        self.path = path
        self.previous = None

    def __enter__(self):
        previous = os.getcwd()
        os.chdir(self.path)
        self.previous = previous
        return os.getcwd()

    def __exit__(self, exc_type, exc, tb):
        os.chdir(self.previous)
        return False


@contextmanager
def open_all(paths, mode="r"):
    files = []
    try:
        for path in paths:
            files.append(open(path, mode))
        yield files
    finally:
        while files:
            files.pop().close()
