"""Hidden check for day04/dataclass_slots: one line per case."""
import dataclasses

from pygrade_check import Check, Verdict

check = Check()
mod = check.load("dataclass_slots.py")
if not check.need(mod, "Version", "Vector2", "Vector3"):
    check.done()
Version, Vector2, Vector3 = mod.Version, mod.Vector2, mod.Vector3


def parts(v):
    """A Version as plain values, so the check does not depend on its repr."""
    return (v.major, v.minor, v.patch, v.build)


def dotted(v):
    return f"{v.major}.{v.minor}.{v.patch}"


def assign(obj, attribute, value):
    setattr(obj, attribute, value)
    return getattr(obj, attribute)


# -- Version: frozen, ordered, validated ------------------------------------------------
check.case("Version(1, 2, 3), Version(2): major, minor, patch, build", lambda: [parts(Version(1, 2, 3)), parts(Version(2))])


def field_names():
    Version(1)  # a working Version first (an untouched stub stops here)
    if not dataclasses.is_dataclass(Version):
        raise Verdict("Version is not a dataclass")
    return [f.name for f in dataclasses.fields(Version)]


check.case("field names of Version", field_names)
check.case(
    "Version(1, 2, 3, 'a') == Version(1, 2, 3, 'b'), Version(1, 2, 3) != Version(1, 2, 4)",
    lambda: (Version(1, 2, 3, "a") == Version(1, 2, 3, "b"), Version(1, 2, 3) != Version(1, 2, 4)),
)
check.case(
    "sorted Versions 1.10.0, 1.9.0, 0.99.1, 1.9.1, 2.0.0",
    lambda: [dotted(v) for v in sorted([Version(1, 10), Version(1, 9), Version(0, 99, 1), Version(1, 9, 1), Version(2)])],
)
check.case(
    "Version(1, 9) < Version(1, 10), Version(2) >= Version(1, 99), Version(1, 0, 0, 'x') <= Version(1)",
    lambda: (Version(1, 9) < Version(1, 10), Version(2) >= Version(1, 99), Version(1, 0, 0, "x") <= Version(1)),
)
check.case(
    "Version(1, 0, 0, 'a') < Version(1, 0, 0, 'b'), Version(1, 0, 0, 'b') > Version(1, 0, 0, 'a')",
    lambda: (Version(1, 0, 0, "a") < Version(1, 0, 0, "b"), Version(1, 0, 0, "b") > Version(1, 0, 0, "a")),
)
check.raises("Version(1) < (2, 0, 0)", lambda: Version(1) < (2, 0, 0), TypeError)
check.raises("Version(1, 2, 3).major = 5", lambda: assign(Version(1, 2, 3), "major", 5), AttributeError)
check.raises("Version(1, 2, 3).patch = 0", lambda: assign(Version(1, 2, 3), "patch", 0), AttributeError)
check.raises("Version(1, 2, 3, 'rc').build = 'final'", lambda: assign(Version(1, 2, 3, "rc"), "build", "final"), AttributeError)
check.case(
    "hash(Version(3, 1, 4, 'a')) == hash(Version(3, 1, 4, 'b'))",
    lambda: hash(Version(3, 1, 4, "a")) == hash(Version(3, 1, 4, "b")),
)
check.case(
    "len({Version(1), Version(1, 0, 0, 'ci-7'), Version(1, 0, 1)})",
    lambda: len({Version(1), Version(1, 0, 0, "ci-7"), Version(1, 0, 1)}),
)
check.case("Version(0, 0, 0): major, minor, patch, build", lambda: parts(Version(0, 0, 0)))
check.raises("Version(-1)", lambda: Version(-1), ValueError)
check.raises("Version(1, -2)", lambda: Version(1, -2), ValueError)
check.raises("Version(1, 2, -3)", lambda: Version(1, 2, -3), ValueError)
check.raises("Version('1')", lambda: Version("1"), TypeError)
check.raises("Version(1, '2')", lambda: Version(1, "2"), TypeError)
check.raises("Version(1, 2, 3.0)", lambda: Version(1, 2, 3.0), TypeError)
check.raises("Version(True)", lambda: Version(True), TypeError)
check.raises("Version(1, False)", lambda: Version(1, False), TypeError)
check.raises("Version(1, 2, True)", lambda: Version(1, 2, True), TypeError)
check.raises("dataclasses.replace(Version(1, 2, 3), patch=-1)", lambda: dataclasses.replace(Version(1, 2, 3), patch=-1), ValueError)
check.case(
    "dataclasses.replace(Version(1, 2, 3, 'rc'), minor=5)",
    lambda: parts(dataclasses.replace(Version(1, 2, 3, "rc"), minor=5)),
)


# -- Vector2 / Vector3: __slots__ instead of __dict__ --------------------------------------
def moved():
    v = Vector2(1, 2)
    v.x = 5
    return (v.x, v.y)


check.case("Vector2(1, 2): has __dict__, x, y", lambda: (hasattr(Vector2(1, 2), "__dict__"), Vector2(1, 2).x, Vector2(1, 2).y))
check.case("Vector2(1, 2) after v.x = 5: x, y", moved)
check.raises("Vector2(1, 2).z = 3", lambda: assign(Vector2(1, 2), "z", 3), AttributeError)
check.case(
    "Vector3(1, 2, 3): has __dict__, x, y, z, isinstance Vector2",
    lambda: (hasattr(Vector3(1, 2, 3), "__dict__"), *[getattr(Vector3(1, 2, 3), a) for a in "xyz"], isinstance(Vector3(1, 2, 3), Vector2)),
)
def moved3():
    v = Vector3(1, 2, 3)
    v.x, v.z = 7, 9
    return (v.x, v.y, v.z)


check.case("Vector3(1, 2, 3) after v.x = 7, v.z = 9: x, y, z", moved3)
check.raises("Vector3(1, 2, 3).w = 4", lambda: assign(Vector3(1, 2, 3), "w", 4), AttributeError)
check.done()
