"""Wrong: keeps the registries in one dict on the metaclass keyed by the root's name, so two roots with the same name share (and reset) one registry."""


class RegistryMeta(type):
    registries = {}

    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        root = cls._root()
        if root is cls:
            mcls.registries[name] = {}
        else:
            table = mcls.registries[root.__name__]
            if name in table:
                raise ValueError(f"{name!r} is already registered")
            table[name] = cls
        return cls

    def _root(cls):
        return [k for k in cls.__mro__ if isinstance(k, RegistryMeta)][-1]

    @property
    def registry(cls):
        return RegistryMeta.registries[cls._root().__name__]

    def lookup(cls, name):
        return cls.registry[name]
