"""Wrong: temp_env uses `del os.environ[name]` for None values, which raises KeyError when the variable is not set."""
import os
from contextlib import ExitStack, contextmanager


def _apply(values):
    """Set each variable to its value, or remove it when the value is None."""
    for name, value in values.items():
        if value is None:
            del os.environ[name]
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
    with ExitStack() as stack:
        yield [stack.enter_context(open(path, mode)) for path in paths]
