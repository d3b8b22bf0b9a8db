"""Day 25 — reference solution: libc through ctypes, and which tool when."""

import ctypes
import ctypes.util

LLONG_MAX = 2**63 - 1


def load_libc():
    name = ctypes.util.find_library("c")
    return ctypes.CDLL(name) if name else ctypes.CDLL(None)


def c_strlen(libc, data):
    if not isinstance(data, bytes):
        raise TypeError("c_strlen wants bytes, got " + type(data).__name__)
    strlen = libc.strlen
    strlen.argtypes = [ctypes.c_char_p]
    strlen.restype = ctypes.c_size_t
    return strlen(data)


def c_llabs(libc, n):
    if not -LLONG_MAX <= n <= LLONG_MAX:
        raise OverflowError("llabs needs -2**63 < n < 2**63")
    llabs = libc.llabs
    llabs.argtypes = [ctypes.c_longlong]
    llabs.restype = ctypes.c_longlong
    return llabs(n)


CMPFUNC = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_int))


def c_qsort(libc, values, cmp):
    array = (ctypes.c_int * len(values))(*values)
    errors = []

    def compare(a, b):
        if errors:
            return 0
        try:
            return cmp(a[0], b[0])
        except Exception as exc:  # cannot cross the C frames: keep it for later
            errors.append(exc)
            return 0

    callback = CMPFUNC(compare)  # kept alive by this name while qsort runs
    qsort = libc.qsort
    qsort.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_size_t, CMPFUNC]
    qsort.restype = None
    qsort(array, len(array), ctypes.sizeof(ctypes.c_int), callback)
    if errors:
        raise errors[0]
    return list(array)


def pick_tool(*, wraps_c_library, hot_loop, compiler_ok, low_level_c_api=False):
    if low_level_c_api:
        if not compiler_ok:
            raise ValueError("a C extension needs a C compiler")
        return "c-extension"
    if wraps_c_library:
        return "cffi" if compiler_ok else "ctypes"
    if hot_loop and compiler_ok:
        return "cython"
    return "pure python"
