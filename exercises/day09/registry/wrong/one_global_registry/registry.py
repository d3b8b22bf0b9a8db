"""Wrong: one registry dict on the metaclass itself, shared by every root instead of one per root."""


class RegistryMeta(type):
    registry = {}

    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        if any(isinstance(base, RegistryMeta) for base in bases):
            if name in mcls.registry:
                raise ValueError(f"{name!r} is already registered")
            mcls.registry[name] = cls
        return cls

    def lookup(cls, name):
        return cls.registry[name]
