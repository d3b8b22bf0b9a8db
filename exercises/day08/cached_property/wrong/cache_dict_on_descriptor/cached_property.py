"""Wrong: keeps a dict keyed by instance on the descriptor: `del` cannot reset it and unhashable instances break."""


class cached_property:
    def __init__(self, func):
        self.func = func
        self.cache = {}

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if instance not in self.cache:
            self.cache[instance] = self.func(instance)
        return self.cache[instance]
