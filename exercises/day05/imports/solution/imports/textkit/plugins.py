"""Plugin discovery over a namespace package (PEP 420).

A folder without `__init__.py` can still be imported as a package: a NAMESPACE package.
Python collects every folder of that name found along sys.path (each one is a
"portion") into one package, so several projects can each install modules into
`textkit_ext` without sharing any file. Such a package has no `__init__.py` and so no
`__file__` (it is None); its `__path__` lists ALL the portions, in sys.path order.

Here, `core_plugins/textkit_ext/` and `extra_plugins/textkit_ext/` are two portions of
the namespace package `textkit_ext`. With both folders on sys.path, `textkit_ext.shout`
and `textkit_ext.echo` import, though no single folder holds both. Do not add an
`__init__.py` to either: that would make each a regular package and hide the other.

Contract of `discover(namespace="textkit_ext") -> dict`:
  * imports the namespace package; if no portion of it is on sys.path, returns {};
  * finds every module directly inside it, in every portion on sys.path (also portions
    you have never heard of); module names starting with "_" are private helpers,
    not plugins;
  * imports each plugin module and maps its short name to its `transform` function:
        {"echo": <function echo.transform>, "shout": <function shout.transform>}
"""
import importlib
import pkgutil


def discover(namespace="textkit_ext"):
    """Map plugin name -> transform function, for every module in the namespace."""
    try:
        package = importlib.import_module(namespace)
    except ModuleNotFoundError:
        return {}
    plugins = {}
    # __path__ spans every portion; iter_modules lists each module name once, the
    # first portion on sys.path winning, exactly as the import system would.
    for info in pkgutil.iter_modules(package.__path__):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(namespace + "." + info.name)
        plugins[info.name] = module.transform
    return plugins
