"""Wrong: opens every file before protecting any, so when a later open fails the earlier files stay open."""
import os
from contextlib import ExitStack, contextmanager


def _apply(values):
    """Set each variable to its value, or remove it when the value is None."""
    for name, value in values.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


@contextmanager
def temp_env(**changes):
    saved = {name: os.environ.get(name) for name in changes}
    try:
        _apply(changes)
        yield
    finally:
        _apply(saved)


@contextmanager
def working_dir(path):
    previous = os.getcwd()
    os.chdir(path)
    try:
        yield
    finally:
        os.chdir(previous)


@contextmanager
def open_all(paths, mode="r"):
    files = [open(path, mode) for path in paths]
    try:
        yield files
    finally:
        for handle in files:
            handle.close()
