"""Known-wrong: finds the package folder from __file__, which a namespace package does not have (None)."""
import importlib
import os


def discover(namespace="textkit_ext"):
    try:
        package = importlib.import_module(namespace)
    except ModuleNotFoundError:
        return {}
    folder = os.path.dirname(package.__file__)
    plugins = {}
    for filename in sorted(os.listdir(folder)):
        name, ext = os.path.splitext(filename)
        if ext == ".py" and not name.startswith("_"):
            plugins[name] = importlib.import_module(namespace + "." + name).transform
    return plugins
