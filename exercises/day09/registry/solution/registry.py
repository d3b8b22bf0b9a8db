"""Day 9: a Registry metaclass (reference solution)."""


class RegistryMeta(type):
    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        if not any(isinstance(base, RegistryMeta) for base in bases):
            # A root: its registry is inherited (shared) by every class below it.
            cls.registry = {}
        elif name in cls.registry:
            raise ValueError(f"{name!r} is already registered as {cls.registry[name]!r}")
        else:
            cls.registry[name] = cls
        return cls

    def lookup(cls, name):
        return cls.registry[name]
