"""Wrong: treats "no bases at all" as the root test, so a root with a plain mixin base breaks."""


class RegistryMeta(type):
    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        if not bases:
            cls.registry = {}
        elif name in cls.registry:
            raise ValueError(f"{name!r} is already registered")
        else:
            cls.registry[name] = cls
        return cls

    def lookup(cls, name):
        return cls.registry[name]
