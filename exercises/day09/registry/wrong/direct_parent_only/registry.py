"""Wrong: gives every class its own registry and files it with its direct parents, so grandchildren never reach the root."""


class RegistryMeta(type):
    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.registry = {}
        for base in bases:
            if isinstance(base, RegistryMeta):
                if name in base.registry:
                    raise ValueError(f"{name!r} is already registered")
                base.registry[name] = cls
        return cls

    def lookup(cls, name):
        return cls.registry[name]
