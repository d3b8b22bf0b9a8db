"""Day 8: `@cached_property` as a non-data descriptor (reference solution)."""


class cached_property:
    def __init__(self, func):
        self.func = func
        self.name = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        # Only reached while `self.name` is missing from the instance dict: once it is
        # stored there, attribute lookup finds it before this non-data descriptor.
        value = self.func(instance)
        instance.__dict__[self.name] = value
        return value
