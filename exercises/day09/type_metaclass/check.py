"""Hidden check for day09/type_metaclass: one line per case.

Part 1 calls make_record; parts 2 and 3 run the same class-creation scenarios against
the metaclass and against the __init_subclass__ base. Every scenario defines fresh
classes, so a class that one scenario wrongly created cannot affect the next.
"""
from pygrade_check import Check, Verdict, show

check = Check()
mod = check.load("type_metaclass.py")
if not check.need(mod, "make_record", "RequireMethodsMeta", "RequireMethods"):
    check.done()


def raised(thunk):
    """Name of the exception ``thunk`` raises, or "no error"."""
    try:
        thunk()
    except Exception as exc:
        return type(exc).__name__
    return "no error"


# -- part 1: make_record ---------------------------------------------------------------
def point():
    return mod.make_record("Point", ["x", "y"])


def name_and_fields():
    Point = point()
    return Point.__name__, Point.fields


def attributes_and_repr():
    p = point()(3, -4)
    return p.x, p.y, repr(p)


def equality():
    Point = point()
    return Point(1, 2) == Point(1, 2), Point(1, 2) == Point(2, 1), Point(1, 2) != Point(1, 2)


def other_record_class():
    Point, Pair = point(), mod.make_record("Pair", ["x", "y"])
    return Point(1, 2) == Pair(1, 2)


def caller_list_mutated():
    names = ["x", "y"]
    Point = mod.make_record("Point", names)
    names.append("z")
    return Point.fields, repr(Point(1, 2))


def fields_from_generator():
    Point = mod.make_record("Point", (name for name in ["x", "y"]))
    return Point.fields, repr(Point(1, 2))


def same_name_other_class():
    first, second = mod.make_record("Point", ["x", "y"]), mod.make_record("Point", ["x", "y"])
    return first(1, 2) == second(1, 2)


def foreign_objects():
    p = point()(1, 2)
    return p == (1, 2), p == None, p == "Point(x=1, y=2)"  # noqa: E711


def wide_record():
    names = ["f" + str(i) for i in range(60)]
    Wide = mod.make_record("Wide", names)
    record = Wide(*range(60))
    return [getattr(record, n) for n in names] == list(range(60))


check.case("make_record('Point', ['x', 'y']): (__name__, fields)", name_and_fields)
check.case("Point(3, -4): (x, y, repr)", attributes_and_repr)
check.case("Point(1) and Point(1, 2, 3)", lambda: (raised(lambda: point()(1)), raised(lambda: point()(1, 2, 3))))
check.case("Point(1, 2) == Point(1, 2), == Point(2, 1), != Point(1, 2)", equality)
check.case("Point(1, 2) == Pair(1, 2), a record with the same fields", other_record_class)
check.case("caller appends to its field list afterwards: (fields, repr)", caller_list_mutated)
check.case("fields given as a generator: (fields, repr of an instance)", fields_from_generator)
check.case("two classes both made by make_record('Point', ['x', 'y']): equal values compare equal?",
           same_name_other_class)
check.case("Point(1, 2) == (1, 2), == None, == its own repr text", foreign_objects)
check.case("a record with no fields: repr", lambda: repr(mod.make_record("Empty", [])()))
check.case("non-ASCII names, str and None values: repr",
           lambda: repr(mod.make_record("Größe", ["wert", "einheit"])("43", None)))
check.case("a record with 60 fields keeps every value", wide_record)


# -- parts 2 and 3: the same rule, as a metaclass and as __init_subclass__ -------------
def shape_interface(form):
    """A fresh interface requiring area and perimeter: ``form`` is "metaclass" or
    "__init_subclass__" (a subclass of the RequireMethods base)."""
    if form == "metaclass":
        class Shape(metaclass=mod.RequireMethodsMeta):
            required_methods = ("area", "perimeter")
    else:
        class Shape(mod.RequireMethods):
            required_methods = ("area", "perimeter")
    return made(Shape, "Shape")


def made(cls, name):
    """``cls`` as bound by a class statement; a metaclass that returns no class makes
    every later use fail, so say so plainly instead."""
    if not isinstance(cls, type):
        raise Verdict("the class statement for " + name + " bound " + show(cls) + ", not a class")
    return cls


def square_class(form):
    class Square(shape_interface(form)):
        def __init__(self, side):
            self.side = side

        def area(self):
            return self.side ** 2

        def perimeter(self):
            return 4 * self.side

    return Square


def interface_created(form):
    if form == "metaclass":
        class Shape(metaclass=mod.RequireMethodsMeta):
            required_methods = ("area", "perimeter")
    else:
        class Shape(mod.RequireMethods):
            required_methods = ("area", "perimeter")
    # type(Shape) shows which metaclass made it (and NoneType if __new__ returned None).
    return type(Shape).__name__, getattr(Shape, "required_methods", None)


def compliant(form):
    square = square_class(form)(3)
    return square.area(), square.perimeter()


def missing_one(form):
    class Circle(shape_interface(form)):
        def area(self):
            return 3


def not_callable(form):
    class Fixed(shape_interface(form)):
        perimeter = 12

        def area(self):
            return 9


def inherited(form):
    class Cube(square_class(form)):
        pass

    return Cube(2).area()


def message_names_missing(form):
    try:
        missing_one(form)
    except TypeError as exc:
        return "perimeter" in str(exc)
    return "no TypeError"


def names_every_missing(form):
    try:
        class Blob(shape_interface(form)):
            pass
    except TypeError as exc:
        return "area" in str(exc), "perimeter" in str(exc)
    return "no TypeError"


def unrestricted(form):
    if form == "metaclass":
        class Plain(metaclass=mod.RequireMethodsMeta):
            pass
    else:
        class Plain(mod.RequireMethods):
            pass

    class Child(made(Plain, "Plain")):
        size = 3

    return Child.size


def sub_interface(form):
    class Solid(shape_interface(form)):
        required_methods = ("area", "volume")

    class Cube(Solid):
        def area(self):
            return 6

        def volume(self):
            return 1

    return Cube().area(), Cube().volume()


def grandchild_checked(form):
    class Broken(square_class(form)):
        perimeter = None


def cooperates_with_other_bases():
    class Tagged:
        def __init_subclass__(cls, tag=None, **kwargs):
            super().__init_subclass__(**kwargs)
            cls.tag = tag

    class Shape(mod.RequireMethods):
        required_methods = ("area",)

    class Dot(Shape, Tagged, tag="dot"):
        def area(self):
            return 0

    return getattr(Dot, "tag", "no tag: Tagged.__init_subclass__ never ran")


def scenarios(form):
    """Parts 2 and 3 face the same scenarios; ``form`` picks the implementation."""
    check.case(form + ": interface class Shape: (type(Shape).__name__, required_methods)",
               lambda: interface_created(form))
    check.case(form + ": Square defines both: (area, perimeter) of Square(3)", lambda: compliant(form))
    check.raises(form + ": class Circle defines only area", lambda: missing_one(form), TypeError)
    check.raises(form + ": class Fixed sets perimeter = 12", lambda: not_callable(form), TypeError)
    check.case(form + ": class Cube(Square) with an empty body: Cube(2).area()", lambda: inherited(form))
    check.case(form + ": Circle's TypeError names the missing method", lambda: message_names_missing(form))
    check.case(form + ": class Blob with an empty body: does the TypeError name area, perimeter?",
               lambda: names_every_missing(form))
    check.case(form + ": no required_methods anywhere: a subclass of a plain class is made",
               lambda: unrestricted(form))
    check.case(form + ": interface Solid(Shape) requires area, volume; Cube defines those two",
               lambda: sub_interface(form))
    check.raises(form + ": class Broken(Square) sets perimeter = None", lambda: grandchild_checked(form), TypeError)


scenarios("metaclass")
scenarios("__init_subclass__")
check.case("__init_subclass__: class Dot(Shape, Tagged, tag='dot'): Dot.tag", cooperates_with_other_bases)
check.done()
