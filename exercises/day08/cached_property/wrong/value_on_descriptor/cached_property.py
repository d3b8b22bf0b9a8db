"""Wrong: caches the value on the descriptor, which every instance of the class shares."""


class cached_property:
    def __init__(self, func):
        self.func = func
        self.name = None
        self.computed = False
        self.value = None

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if not self.computed:
            self.value = self.func(instance)
            self.computed = True
        return self.value
