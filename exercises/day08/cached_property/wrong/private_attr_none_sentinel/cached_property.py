"""Wrong: caches in a private `_name` attribute with None meaning "not computed yet", so None is recomputed and `del` cannot reset it."""


class cached_property:
    def __init__(self, func):
        self.func = func
        self.name = None

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        private = "_" + self.name
        value = getattr(instance, private, None)
        if value is None:
            value = self.func(instance)
            setattr(instance, private, value)
        return value
