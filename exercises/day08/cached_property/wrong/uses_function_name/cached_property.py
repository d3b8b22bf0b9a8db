"""Wrong: stores the value under the function's __name__ instead of the attribute name __set_name__ gives."""


class cached_property:
    def __init__(self, func):
        self.func = func

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        value = self.func(instance)
        instance.__dict__[self.func.__name__] = value
        return value
