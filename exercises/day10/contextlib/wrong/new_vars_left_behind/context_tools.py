"""Wrong: temp_env restores only variables that existed before, so new ones stay set after the block."""
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
        for name, value in saved.items():
            if value is not None:
                os.environ[name] = value


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
    with ExitStack() as stack:
        yield [stack.enter_context(open(path, mode)) for path in paths]
