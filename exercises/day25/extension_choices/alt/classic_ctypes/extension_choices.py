"""Alternative: one small wrapper class per C library that declares every prototype it
uses up front, item access (libc["strlen"]), fixed-width ctypes aliases, a 64-bit
array for qsort, and pick_tool driven by an ordered table of rules."""

import ctypes
import ctypes.util
import sys

_I64 = ctypes.c_int64
_CMP = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(_I64), ctypes.POINTER(_I64))


def load_libc():
    if sys.platform == "win32":  # pragma: no cover - the Microsoft C runtime
        return ctypes.CDLL("msvcrt")
    return ctypes.CDLL(ctypes.util.find_library("c") or None)


class _LibC:
    def __init__(self, lib):
        self.strlen = lib["strlen"]
        self.strlen.argtypes = (ctypes.c_char_p,)
        self.strlen.restype = ctypes.c_size_t
        self.llabs = lib["llabs"]
        self.llabs.argtypes = (_I64,)
        self.llabs.restype = _I64
        self.qsort = lib["qsort"]
        self.qsort.argtypes = (ctypes.POINTER(_I64), ctypes.c_size_t, ctypes.c_size_t, _CMP)
        self.qsort.restype = None


class _Sorter:
    """Holds the comparator and the first error it raised."""

    def __init__(self, cmp):
        self.cmp = cmp
        self.error = None
        self.c_callback = _CMP(self.compare)

    def compare(self, pa, pb):
        if self.error is not None:
            return 0
        try:
            result = self.cmp(pa.contents.value, pb.contents.value)
        except BaseException as exc:  # noqa: BLE001 - re-raised after qsort
            self.error = exc
            return 0
        return -1 if result < 0 else (1 if result > 0 else 0)


def c_strlen(libc, data):
    if type(data) is not bytes and not isinstance(data, bytes):
        raise TypeError("bytes required")
    return _LibC(libc).strlen(data)


def c_llabs(libc, n):
    if n <= -(1 << 63) or n >= 1 << 63:
        raise OverflowError(n)
    return _LibC(libc).llabs(n)


def c_qsort(libc, values, cmp):
    buffer = (_I64 * len(values))()
    for i, v in enumerate(values):
        buffer[i] = v
    sorter = _Sorter(cmp)
    _LibC(libc).qsort(buffer, len(values), ctypes.sizeof(_I64), sorter.c_callback)
    if sorter.error is not None:
        raise sorter.error
    return [buffer[i] for i in range(len(values))]


_RULES = (
    (lambda f: f["low_level_c_api"] and f["compiler_ok"], "c-extension"),
    (lambda f: f["low_level_c_api"], ValueError("a C extension needs a compiler")),
    (lambda f: f["wraps_c_library"] and not f["compiler_ok"], "ctypes"),
    (lambda f: f["wraps_c_library"], "cffi"),
    (lambda f: f["hot_loop"] and f["compiler_ok"], "cython"),
    (lambda f: True, "pure python"),
)


def pick_tool(**flags):
    flags.setdefault("low_level_c_api", False)
    expected = {"wraps_c_library", "hot_loop", "compiler_ok", "low_level_c_api"}
    if set(flags) != expected:
        raise TypeError("pick_tool takes exactly " + ", ".join(sorted(expected)))
    for applies, answer in _RULES:
        if applies(flags):
            if isinstance(answer, Exception):
                raise answer
            return answer
