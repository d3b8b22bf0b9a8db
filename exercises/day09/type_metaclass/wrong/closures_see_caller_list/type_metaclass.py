"""Wrong: cls.fields is a tuple, but the generated methods still read the caller's list, so mutating it changes the class."""


def make_record(name, fields):
    def __init__(self, *values):
        if len(values) != len(fields):
            raise TypeError(f"{name}() takes {len(fields)} values, got {len(values)}")
        for field, value in zip(fields, values):
            setattr(self, field, value)

    def __repr__(self):
        pairs = ", ".join(f"{field}={getattr(self, field)!r}" for field in fields)
        return f"{type(self).__name__}({pairs})"

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in fields)

    namespace = {"fields": tuple(fields), "__init__": __init__, "__repr__": __repr__, "__eq__": __eq__}
    return type(name, (), namespace)


def missing_methods(cls):
    """Names in ``cls.required_methods`` that ``cls`` does not provide as callables."""
    return [n for n in getattr(cls, "required_methods", ()) if not callable(getattr(cls, n, None))]


class RequireMethodsMeta(type):
    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        if "required_methods" not in namespace:
            missing = missing_methods(cls)
            if missing:
                raise TypeError(f"{name} must define {', '.join(missing)}")
        return cls


class RequireMethods:
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if "required_methods" not in cls.__dict__:
            missing = missing_methods(cls)
            if missing:
                raise TypeError(f"{cls.__name__} must define {', '.join(missing)}")
