"""Wrong: __get__ ignores `instance is None`, so reading the attribute on the class calls the function with None."""


class cached_property:
    def __init__(self, func):
        self.func = func
        self.name = None

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, owner=None):
        value = self.func(instance)
        instance.__dict__[self.name] = value
        return value
