"""Day 8 — alternative solution: looks the cache up itself (with a sentinel, so falsy
values count) and stores through setattr, which for a non-data descriptor lands in the
instance dict."""

_MISSING = object()


class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        cached = vars(instance).get(self.attrname, _MISSING)
        if cached is not _MISSING:
            return cached
        result = self.func(instance)
        setattr(instance, self.attrname, result)
        return getattr(instance, self.attrname)
