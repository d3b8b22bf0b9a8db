"""Day 25 — Understand Cython/CFFI use cases.

Python reaches C code in several ways. `ctypes` (standard library) loads a shared
library at run time and calls its functions with no compiler at all; you describe each
C signature yourself, and ctypes trusts you:

    libc = ctypes.CDLL(ctypes.util.find_library("c"))   # or ctypes.CDLL(None) on POSIX
    libc.strlen.argtypes = [ctypes.c_char_p]            # what C expects ...
    libc.strlen.restype = ctypes.c_size_t               # ... and returns (default: C int!)

A C function that calls back into Python gets a C function pointer made by
`ctypes.CFUNCTYPE(restype, *argtypes)(python_function)`. An exception raised inside
such a callback cannot cross the C frames: ctypes prints it and returns 0 to C.

Contract (each function that calls C takes the loaded library `libc` first, so a test
can hand in its own; call C through it, `libc.strlen` or `libc["qsort"]`: the check's
libc notes every call and the argtypes/restype declared at that moment):
  * `load_libc()` returns the C library loaded as a `ctypes.CDLL` (not its file name).
  * `c_strlen(libc, data)` calls `libc.strlen` and returns its result: the number of
    bytes before the first NUL byte. Declare `argtypes = [c_char_p]` and an unsigned
    `size_t` restype (`ctypes.c_size_t`). `data` must be `bytes`: a `str` raises
    TypeError (C wants bytes: encode first; ctypes itself raises ctypes.ArgumentError).
  * `c_llabs(libc, n)` returns `libc.llabs(n)` (`long long llabs(long long)`) for every
    n in the signed 64-bit range (declare argtypes and restype `c_longlong`: the default
    C int restype would cut the result to 32 bits). llabs(-2**63) is undefined in C, so
    n outside `-2**63 < n < 2**63` raises OverflowError without calling C (ctypes would
    silently wrap it).
  * `c_qsort(libc, values, cmp)` sorts a list of small ints (each fits a C int) with
    `libc.qsort` on a ctypes array and returns a NEW list; `values` is left unchanged.
    The order is `cmp`'s: `cmp(a, b)` (two Python ints) returns a negative number, 0
    or a positive number, like C's comparators. qsort calls your CFUNCTYPE callback,
    which calls `cmp`. If `cmp` raises, `c_qsort` raises that same exception once qsort
    has returned (remember it in the callback, return 0, re-raise afterwards).
  * `pick_tool(*, wraps_c_library, hot_loop, compiler_ok, low_level_c_api=False)`
    answers which tool a situation calls for; the first row that applies wins:
      1. low_level_c_api (new types in C, the raw C API) and compiler_ok -> "c-extension"
      2. low_level_c_api without compiler_ok                    -> raises ValueError
      3. wraps_c_library and not compiler_ok -> "ctypes"  (standard library, no build)
      4. wraps_c_library                     -> "cffi"    (C declarations, checked)
      5. hot_loop and compiler_ok            -> "cython"  (typed Python compiled to C)
      6. anything else                       -> "pure python"
    All four arguments are keyword-only.
"""

import ctypes
import ctypes.util


def load_libc():
    """Return the C library loaded with ctypes."""
    # Your code here: replace the line below.
    raise NotImplementedError("load_libc")


def c_strlen(libc, data):
    """Length of the C string `data` (bytes), measured by libc's strlen."""
    # Your code here: replace the line below.
    raise NotImplementedError("c_strlen")


def c_llabs(libc, n):
    """Absolute value of the 64-bit integer n, computed by libc's llabs."""
    # Your code here: replace the line below.
    raise NotImplementedError("c_llabs")


def c_qsort(libc, values, cmp):
    """A new list: values sorted by libc's qsort in the order cmp(a, b) defines."""
    # Your code here: replace the line below.
    raise NotImplementedError("c_qsort")


def pick_tool(*, wraps_c_library, hot_loop, compiler_ok, low_level_c_api=False):
    """The tool the table in the module docstring picks for this situation."""
    # Your code here: replace the line below.
    raise NotImplementedError("pick_tool")
