"""Wrong: registers every class it creates, the root included."""


class RegistryMeta(type):
    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        if not any(isinstance(base, RegistryMeta) for base in bases):
            cls.registry = {}
        if name in cls.registry:
            raise ValueError(f"{name!r} is already registered")
        cls.registry[name] = cls
        return cls

    def lookup(cls, name):
        return cls.registry[name]
