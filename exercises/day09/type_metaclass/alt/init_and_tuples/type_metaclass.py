"""Day 9 — alternative solution: records compare as tuples of their values and build
their methods from a class body handed to type(); the metaclass checks in __init__."""


def make_record(name, fields):
    names = []
    for field in fields:
        names.append(field)
    names = tuple(names)

    class Body:
        __slots__ = ()

        def __init__(self, *values):
            if len(values) != len(names):
                raise TypeError("%s() expects %d values" % (name, len(names)))
            self.__dict__.update(zip(names, values))

        def _values(self):
            return tuple(getattr(self, n) for n in names)

        def __repr__(self):
            inner = ", ".join("%s=%r" % (n, v) for n, v in zip(names, self._values()))
            return "%s(%s)" % (type(self).__name__, inner)

        def __eq__(self, other):
            if type(self) is type(other):
                return self._values() == other._values()
            return NotImplemented

    namespace = {k: v for k, v in vars(Body).items() if not k.startswith("__") or k in
                 ("__init__", "__repr__", "__eq__")}
    namespace["fields"] = names
    return type(name, (object,), namespace)


def _complain(cls):
    if "required_methods" in vars(cls):
        return
    required = getattr(cls, "required_methods", None) or ()
    absent = []
    for method in required:
        if not callable(getattr(cls, method, None)):
            absent.append(method)
    if absent:
        raise TypeError("class %s is missing: %s" % (cls.__name__, " and ".join(absent)))


class RequireMethodsMeta(type):
    def __init__(cls, name, bases, namespace, **kwargs):
        super().__init__(name, bases, namespace, **kwargs)
        _complain(cls)


class RequireMethods:
    @classmethod
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        _complain(cls)
