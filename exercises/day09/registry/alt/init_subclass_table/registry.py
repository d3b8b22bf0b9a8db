"""Day 9 — alternative solution: the metaclass keeps one table per root in a dict of
its own, finds a class's root by walking its MRO, and registers in `__init__`."""


class RegistryMeta(type):
    _tables = {}

    def __init__(cls, name, bases, namespace, **kwargs):
        super().__init__(name, bases, namespace, **kwargs)
        root = cls._root()
        if root is cls:
            RegistryMeta._tables[cls] = {}
            return
        table = RegistryMeta._tables[root]
        if cls.__name__ in table:
            raise ValueError("duplicate registry name: " + cls.__name__)
        table[cls.__name__] = cls

    def _root(cls):
        roots = [k for k in cls.__mro__ if isinstance(k, RegistryMeta)]
        return roots[-1]

    @property
    def registry(cls):
        return RegistryMeta._tables[cls._root()]

    def lookup(cls, name):
        table = cls.registry
        if name not in table:
            raise KeyError(name)
        return table[name]
