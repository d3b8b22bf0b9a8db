"""Day 9: classes are objects too; `type` makes them.

A `class` statement runs its body into a namespace dict, then calls the metaclass
(`type` by default): `type(name, bases, namespace)` returns a brand-new class. You can
make that call yourself to build classes at run time.

A metaclass is a subclass of `type`. Its `__new__(mcls, name, bases, namespace)` runs
once per class statement, before anyone can use the class, so it can inspect or refuse
the class. Since Python 3.6, `__init_subclass__` on a base class covers many of the same
uses without a metaclass: it runs for every new subclass.

Part 1: `make_record(name, fields)` builds a small record class with `type(...)`.
- `name` is the class name (`cls.__name__ == name`); `fields` is an iterable of names
  (a list, a tuple, a generator...).
- `cls.fields` is a tuple of the field names. The class must not change if the caller
  later mutates the list it passed.
- `cls(*values)` takes exactly one positional value per field (else TypeError) and
  stores each as an attribute.
- `repr(obj)` is `Point(x=1, y='a')`: class name, then `field=repr(value)` pairs.
- `a == b` is True when both are instances of the same record class with equal values;
  a record never equals an instance of another record class, even with the same
  name, fields and values. Comparing with anything else is False, never an error.

Part 2: `RequireMethodsMeta`, a metaclass enforcing this rule when a class is created:
- A class whose own body assigns `required_methods` (a tuple of method names) is an
  interface and is not checked.
- Every other class must provide each name in its (possibly inherited)
  `required_methods` as a callable attribute, defined in its body or inherited.
  Otherwise the class statement raises TypeError naming each missing method.
- Classes with no `required_methods` anywhere are not restricted.

Part 3: `RequireMethods`, a plain base class enforcing the same rule through
`__init_subclass__`. It must cooperate with other bases: pass any class keyword
arguments on with `super().__init_subclass__(**kwargs)`.

Example:
    class Shape(metaclass=RequireMethodsMeta):    # or: class Shape(RequireMethods):
        required_methods = ("area", "perimeter")

    class Square(Shape):                          # fine: both defined
        def area(self): ...
        def perimeter(self): ...

    class Circle(Shape):                          # TypeError: missing perimeter
        def area(self): ...
"""


def make_record(name, fields):
    # Your code here
    raise NotImplementedError("make_record")


class RequireMethodsMeta(type):
    def __new__(mcls, name, bases, namespace, **kwargs):
        # Your code here
        raise NotImplementedError("RequireMethodsMeta.__new__")


class RequireMethods:
    def __init_subclass__(cls, **kwargs):
        # Your code here
        raise NotImplementedError("RequireMethods.__init_subclass__")
