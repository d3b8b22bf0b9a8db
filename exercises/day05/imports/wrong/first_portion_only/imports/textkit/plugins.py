"""Known-wrong: lists only the first folder of the namespace's __path__, missing every other portion."""
import importlib
import os


def discover(namespace="textkit_ext"):
    try:
        package = importlib.import_module(namespace)
    except ModuleNotFoundError:
        return {}
    folder = list(package.__path__)[0]
    plugins = {}
    for filename in sorted(os.listdir(folder)):
        name, ext = os.path.splitext(filename)
        if ext == ".py" and not name.startswith("_"):
            plugins[name] = importlib.import_module(namespace + "." + name).transform
    return plugins
