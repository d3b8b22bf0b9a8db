"""Hidden check for day04/new_init_mro: one line per case."""
from pygrade_check import Check, ExpectedError

check = Check()
mod = check.load("new_init_mro.py")
if not check.need(mod, "Config", "Point", "Base", "Left", "Right", "Child"):
    check.done()
Config, Point, Base, Left, Right, Child = mod.Config, mod.Point, mod.Base, mod.Left, mod.Right, mod.Child


# -- Config: a singleton made in __new__ ------------------------------------------------
def settings_survive():
    Config().settings["theme"] = "dark"
    Config().settings["lang"] = "fr"
    return Config().settings


class AppConfig(Config):
    """A subclass the learner never saw; Config() has been created before it."""


check.case("Config() is Config()", lambda: Config() is Config())
check.case("Config().settings after setting 'theme', then 'lang', via fresh Config() calls", settings_survive)
check.case("type(AppConfig()).__name__ (AppConfig subclasses Config)", lambda: type(AppConfig()).__name__)
check.case("AppConfig() is AppConfig(), AppConfig() is Config()", lambda: (AppConfig() is AppConfig(), AppConfig() is Config()))
check.case("AppConfig().settings", lambda: AppConfig().settings)


# -- Point: an immutable tuple built in __new__ -------------------------------------------
def assign(obj, attribute):
    setattr(obj, attribute, 99)
    return getattr(obj, attribute)


def unpack(point):
    x, y = point
    return [x, y, len(point)]


check.case("repr(Point(3, 'é'))", lambda: repr(Point(3, "é")))
check.case("Point(3, 4).x, .y", lambda: (Point(3, 4).x, Point(3, 4).y))
check.case(
    "Point('a', 'é') == ('a', 'é'), isinstance tuple, hash equal",
    lambda: (Point("a", "é") == ("a", "é"), isinstance(Point("a", "é"), tuple), hash(Point("a", "é")) == hash(("a", "é"))),
)
check.case("x, y = Point(5, 6); [x, y, len]", lambda: unpack(Point(5, 6)))
check.raises("Point(1, 2).x = 99", lambda: assign(Point(1, 2), "x"), AttributeError)
check.raises("Point(1, 2).y = 99", lambda: assign(Point(1, 2), "y"), AttributeError)
check.raises("Point(1, 2).z = 99", lambda: assign(Point(1, 2), "z"), AttributeError)


def one_coordinate():
    Point(1, 2)  # two coordinates work first (an untouched stub stops here)
    return Point(1)


check.raises("Point(1)", one_coordinate, TypeError)
check.raises("Point(1, 2, 3)", lambda: Point(1, 2, 3), TypeError)
check.raises("Point()", lambda: Point(), TypeError)


# -- the diamond: cooperative __init__ and super() chains ---------------------------------
class Probe(Base):
    """A check-owned class mixed into the diamond between Left and Right."""

    def __init__(self, *, probe, **kwargs):
        super().__init__(**kwargs)
        self.probe = probe

    def chain(self):
        return ["Probe"] + super().chain()


class Mixed(Left, Probe, Right):
    pass


def attributes(obj, *names):
    missing = [n for n in names if not hasattr(obj, n)]
    if missing:
        raise ExpectedError("missing attribute " + ", ".join(missing))
    return {n: getattr(obj, n) for n in names}


def bare(cls):
    """An instance made without running __init__, so chain() is graded on its own."""
    return cls.__new__(cls)


def mro_names():
    bare(Child).chain()  # the diamond is written first (an untouched stub stops here)
    return [c.__name__ for c in Child.__mro__]


check.case("[c.__name__ for c in Child.__mro__]", mro_names)
check.case("chain() of a Child", lambda: bare(Child).chain())
check.case("chain() of a Right", lambda: bare(Right).chain())
check.case("chain() of a Left", lambda: bare(Left).chain())
check.case("chain() of a Base", lambda: bare(Base).chain())
check.case("chain() of a Mixed(Left, Probe, Right)", lambda: bare(Mixed).chain())
check.case(
    "Child(name='c', left=1, right=2): name, left, right",
    lambda: attributes(Child(name="c", left=1, right=2), "name", "left", "right"),
)
check.raises("Child(name='c', left=1, right=2, up=3)", lambda: Child(name="c", left=1, right=2, up=3), TypeError)
check.raises("Base(name='b', up=3)", lambda: Base(name="b", up=3), TypeError)
check.raises("Left(left=1, name='l', up=3)", lambda: Left(left=1, name="l", up=3), TypeError)
check.case("Base(name='b').name, Right(right=2, name='r'): name, right", lambda: (Base(name="b").name, attributes(Right(right=2, name="r"), "name", "right")))
check.raises("Base('b') (name passed positionally)", lambda: Base("b"), TypeError)
check.raises("Right(2, name='r') (right passed positionally)", lambda: Right(2, name="r"), TypeError)
check.raises("Left(1, name='l') (left passed positionally)", lambda: Left(1, name="l"), TypeError)
check.case(
    "Mixed(name='m', left=1, probe=2, right=3): attributes",
    lambda: attributes(Mixed(name="m", left=1, probe=2, right=3), "name", "left", "probe", "right"),
)
check.done()
