"""Hidden check for day25/extension_choices: one line per case.

Every function that calls C gets a libc the check loads itself, whose function
pointers record each call together with the argtypes/restype declared at that moment:
so the check knows the C function really ran and how it was declared. Values come from
the real libc; expected values are computed here (strlen up to the first NUL, abs) and
the output says only whether the learner's result agrees.
"""
import ctypes
import ctypes.util

from pygrade_check import Check, show

check = Check()
mod = check.load("extension_choices.py")
if not check.need(mod, "load_libc", "c_strlen", "c_llabs", "c_qsort", "pick_tool"):
    check.done()

LIBC_NAME = ctypes.util.find_library("c")


def spy_libc():
    """A freshly loaded libc whose functions log (name, argtypes, restype) per call."""
    lib = ctypes.CDLL(LIBC_NAME) if LIBC_NAME else ctypes.CDLL(None)
    calls = []
    base = lib._FuncPtr

    class FuncPtr(base):
        _flags_ = base._flags_
        _restype_ = base._restype_

        def __call__(self, *args):
            calls.append((self.__name__, self.argtypes, self.restype))
            return super().__call__(*args)

    lib._FuncPtr = FuncPtr
    return lib, calls


def is_int(value):
    return isinstance(value, int) and not isinstance(value, bool)


def int_ctype(t):
    """(size, signed) of a ctypes integer type, or None."""
    try:
        if not (isinstance(t, type) and issubclass(t, ctypes._SimpleCData)) or t._type_ not in "bBhHiIlLqQnN":
            return None
        return ctypes.sizeof(t), t(-1).value < 0
    except Exception:
        return None


def called(calls, name):
    return [c for c in calls if c[0] == name]


# -- load_libc -----------------------------------------------------------------------------
def load_case():
    lib = mod.load_libc()
    if not isinstance(lib, ctypes.CDLL):
        return "returned " + show(lib)[:60] + " (a " + type(lib).__name__ + "), expected a loaded ctypes.CDLL"
    strlen = lib.strlen
    strlen.argtypes = [ctypes.c_char_p]
    strlen.restype = ctypes.c_size_t
    return "a ctypes.CDLL whose strlen(b'ctypes') is " + str(strlen(b"ctypes"))


check.case("load_libc()", load_case, render=str)


# -- c_strlen ------------------------------------------------------------------------------
def strlen_case(data):
    def run():
        lib, calls = spy_libc()
        got = mod.c_strlen(lib, data)
        want = len(data.split(b"\0", 1)[0])
        if not is_int(got):
            return "returned " + show(got) + ", expected an int"
        mine = called(calls, "strlen")
        parts = [str(got), "correct" if got == want else "expected " + str(want)]
        parts.append("libc strlen called" if mine else "libc strlen never called")
        if mine:
            shape = int_ctype(mine[-1][2])
            ok = shape == (ctypes.sizeof(ctypes.c_size_t), False)
            parts.append("restype size_t" if ok else "restype is not an unsigned size_t: " + getattr(mine[-1][2], "__name__", show(mine[-1][2])))
        return ", ".join(parts)

    check.case("c_strlen(libc, " + str(len(data)) + " bytes)", run, render=str)


strlen_case(b"")
strlen_case(b"hello, C")
strlen_case("naïve café ☕".encode("utf-8"))
strlen_case(b"abc\0def")
strlen_case(b"\0tail")
strlen_case(b"x" * 5000)


def strlen_str():
    lib, _ = spy_libc()
    return mod.c_strlen(lib, "a str, not bytes")


check.raises("c_strlen(libc, a str)", strlen_str, TypeError)


# -- c_llabs -------------------------------------------------------------------------------
def llabs_case(n, label):
    def run():
        lib, calls = spy_libc()
        got = mod.c_llabs(lib, n)
        if not is_int(got):
            return "returned " + show(got) + ", expected an int"
        mine = called(calls, "llabs")
        parts = ["correct" if got == abs(n) else "wrong: " + show(got)]
        parts.append("libc llabs called" if mine else "libc llabs never called")
        return ", ".join(parts)

    check.case("c_llabs(libc, " + label + ")", run, render=str)


llabs_case(-7, "-7")
llabs_case(0, "0")
llabs_case(123456, "123456")
llabs_case(-(2**40) - 3, "-(2**40 + 3)")
llabs_case(2**62 + 11, "2**62 + 11")
llabs_case(-(2**63) + 1, "-(2**63) + 1")


def llabs_raises(n, label):
    def run():
        lib, calls = spy_libc()
        try:
            got = mod.c_llabs(lib, n)
        except OverflowError:
            return "raises OverflowError" + (", but only after calling llabs" if called(calls, "llabs") else "")
        return "returned " + show(got) + " (expected OverflowError)"

    check.case("c_llabs(libc, " + label + ")", run, render=str)


llabs_raises(2**63, "2**63")
llabs_raises(-(2**63), "-(2**63)")
llabs_raises(2**64 + 5, "2**64 + 5")


# -- c_qsort -------------------------------------------------------------------------------
class Spy:
    """A comparator that counts its calls and insists on two plain ints."""

    def __init__(self, key, boom=None):
        self.key, self.boom, self.calls, self.bad = key, boom, 0, None

    def __call__(self, a, b):
        self.calls += 1
        if not (is_int(a) and is_int(b)):
            self.bad = self.bad or (type(a).__name__ + ", " + type(b).__name__)
            raise TypeError("cmp wants two ints")
        if self.boom is not None and self.boom in (a, b):
            raise LookupError("cmp gave up on " + str(self.boom))
        ka, kb = self.key(a), self.key(b)
        return (ka > kb) - (ka < kb)


def qsort_case(label, values, key):
    def run():
        lib, calls = spy_libc()
        original = list(values)
        arg = list(values)
        cmp = Spy(key)
        try:
            got = mod.c_qsort(lib, arg, cmp)
        except Exception:
            if not cmp.bad:
                raise
        if cmp.bad:
            return "cmp was called with " + cmp.bad + ", expected two ints"
        if not isinstance(got, list):
            return "returned " + show(got) + ", expected a list"
        want = sorted(original, key=key)
        parts = ["order correct" if got == want else "wrong order: " + show(got)]
        if len(values) > 1:  # nothing to sort may skip C altogether
            parts.append("libc qsort called" if called(calls, "qsort") else "libc qsort never called")
            parts.append("cmp called" if cmp.calls else "cmp never called")
        parts.append("input unchanged" if arg == original else "input list changed to " + show(arg))
        if got is arg:
            parts.append("returned the input list itself")
        return ", ".join(parts)

    check.case("c_qsort(libc, " + label + ")", run, render=str)


qsort_case("[] by value", [], lambda v: v)
qsort_case("[42] by value", [42], lambda v: v)
qsort_case("9 ints by value", [5, -3, 9, 0, 5, 12, -40, 7, 1], lambda v: v)
qsort_case("8 ints, largest first", [3, 17, -2, 8, 100, 0, 41, -9], lambda v: -v)
qsort_case("7 ints by absolute value", [-8, 3, -1, 6, 20, -15, 0], abs)
qsort_case("200 ints by last digit, then value", [(i * 7919) % 1000 - 500 for i in range(200)], lambda v: (abs(v) % 10, v))


def qsort_raises():
    lib, calls = spy_libc()
    cmp = Spy(lambda v: v, boom=13)
    try:
        got = mod.c_qsort(lib, [4, 13, -2, 8, 1], cmp)
    except LookupError:
        return "raises cmp's LookupError" + ("" if called(calls, "qsort") else " (libc qsort never called)")
    return "returned " + show(got) + " (expected cmp's LookupError)"


check.case("c_qsort(libc, 5 ints, a cmp that raises LookupError on one of them)", qsort_raises, render=str)


# -- pick_tool -----------------------------------------------------------------------------
def reference_tool(w, h, c, low):
    if low:
        return "c-extension" if c else ValueError
    if w:
        return "cffi" if c else "ctypes"
    return "cython" if h and c else "pure python"


def pick_case(w, h, c, low):
    kwargs = {"compiler_ok": c, "hot_loop": h, "wraps_c_library": w}
    if low is not None:
        kwargs["low_level_c_api"] = low
    label = "pick_tool(" + ", ".join(k + "=" + str(v) for k, v in sorted(kwargs.items())) + ")"
    want = reference_tool(w, h, c, bool(low))
    if want is ValueError:
        check.raises(label, lambda: mod.pick_tool(**kwargs), ValueError)
    else:
        check.case(label, lambda: mod.pick_tool(**kwargs))


for low in (None, True):
    for w in (False, True):
        for h in (False, True):
            for c in (False, True):
                pick_case(w, h, c, low)
pick_case(True, False, True, False)


def positional():
    return mod.pick_tool(True, True, True)


check.raises("pick_tool(True, True, True) (positional)", positional, TypeError)
check.done()
