"""Hidden check for day03/memoize: one line per case.

Each case memoizes a fresh check-owned function whose body counts how often it really
runs, makes a sequence of calls, and reports the results the caller saw and that count.
"""
from pygrade_check import Check, Verdict, show

check = Check()
mod = check.load("memoize.py")
if not check.need(mod, "memoize"):
    check.done()


def memoize(func):
    """The learner's memoize, with a result that is not callable reported as such."""
    wrapper = mod.memoize(func)
    if not callable(wrapper):
        raise Verdict("memoize(g) returned " + show(wrapper) + ", expected a function")
    return wrapper



def sequence(body, *steps, raised=(ValueError,)):
    """Memoize a counting wrapper around body, then run each step(f) in turn."""
    runs = []

    def counted(*args, **kwargs):
        runs.append(1)
        return body(*args, **kwargs)

    f = memoize(counted)
    results = []
    for step in steps:
        try:
            results.append(step(f))
        except raised as exc:
            results.append("raised " + type(exc).__name__)
    return {"results": results, "calls": len(runs)}


def echo(*args, **kwargs):
    """Echo the call back (kwargs sorted so their order cannot matter)."""
    return args, sorted(kwargs.items())


def times(a, b):
    return a * b


# -- looks like the function it wraps -----------------------------------------------------
def area(width, height):
    """Area of a width x height rectangle."""
    return width * height


check.case("memoize(area).__name__", lambda: memoize(area).__name__)
check.case("memoize(area).__doc__ is area's docstring", lambda: memoize(area).__doc__ == area.__doc__)
check.case("memoize(area).__wrapped__ is area", lambda: memoize(area).__wrapped__ is area)

check.line("note: below, f = memoize(g) for a fresh g each case; calls = how often g really ran")

# -- caching ------------------------------------------------------------------------------
check.case("f(2, 3) twice", lambda: sequence(times, lambda f: f(2, 3), lambda f: f(2, 3)))
check.case(
    "f(2, 3), f(3, 2), f(2, 3)",
    lambda: sequence(times, lambda f: f(2, 3), lambda f: f(3, 2), lambda f: f(2, 3)),
)
check.case("f() twice", lambda: sequence(lambda: "constant", lambda f: f(), lambda f: f()))
check.case("f('x') twice, f returns None", lambda: sequence(lambda x: None, lambda f: f("x"), lambda f: f("x")))
check.case("f(7) three times, f returns 0", lambda: sequence(lambda n: n - n, *[lambda f: f(7)] * 3))
check.case(
    "f((1, 2)), then f(tuple([1, 2])) (equal, not the same object)",
    lambda: sequence(len, lambda f: f((1, 2)), lambda f: f(tuple([1, 2]))),
)

check.case("f(2), then f(2.0) (equal arguments)", lambda: sequence(lambda x: x * 3, lambda f: f(2), lambda f: f(2.0)))
check.case("f(1, 2), then f((1, 2))", lambda: sequence(echo, lambda f: f(1, 2), lambda f: f((1, 2))))

# -- keyword arguments --------------------------------------------------------------------
check.case(
    "f(a=1, b=2), then f(b=2, a=1)",
    lambda: sequence(echo, lambda f: f(a=1, b=2), lambda f: f(b=2, a=1)),
)
check.case(
    "f(1, b=2), f(1, b=3), f(1, b=2)",
    lambda: sequence(echo, lambda f: f(1, b=2), lambda f: f(1, b=3), lambda f: f(1, b=2)),
)
check.case("f(('a', 1)), then f(a=1)", lambda: sequence(echo, lambda f: f(("a", 1)), lambda f: f(a=1)))

# -- unhashable arguments bypass the cache ------------------------------------------------
numbers = [1, 2]


def grow_then_call(f):
    numbers.append(3)
    return f(numbers)


check.case(
    "f(numbers), numbers.append(3), f(numbers)",
    lambda: sequence(sum, lambda f: f(numbers), grow_then_call),
)
check.case(
    "f(options={'k': 1}) twice",
    lambda: sequence(echo, lambda f: f(options={"k": 1}), lambda f: f(options={"k": 1})),
)
check.case("f([1, 2]) twice", lambda: sequence(len, lambda f: f([1, 2]), lambda f: f([1, 2])))
check.case("f({1, 2}) twice (a set)", lambda: sequence(len, lambda f: f({1, 2}), lambda f: f({1, 2})))
check.case("f(1, tags=['a']) twice", lambda: sequence(echo, lambda f: f(1, tags=["a"]), lambda f: f(1, tags=["a"])))
check.case("f((1, [2])) twice", lambda: sequence(echo, lambda f: f((1, [2])), lambda f: f((1, [2]))))

# -- failures are not stored; one store per function; recursion goes through the cache ----
attempts = []


def flaky(x):
    attempts.append(x)
    if len(attempts) == 1:
        raise ValueError("first call fails")
    return x * 2


check.case("f(5) three times, f raises on its first run only", lambda: sequence(flaky, *[lambda f: f(5)] * 3))


def type_error(x):
    raise TypeError("g refuses " + str(x))


def key_error(x):
    raise KeyError(x)


check.case(
    "f(3) twice, f always raises TypeError",
    lambda: sequence(type_error, *[lambda f: f(3)] * 2, raised=(TypeError,)),
)
check.case(
    "f('k') twice, f always raises KeyError",
    lambda: sequence(key_error, *[lambda f: f("k")] * 2, raised=(KeyError,)),
)


def two_functions():
    inc, dec = memoize(lambda x: x + 1), memoize(lambda x: x - 1)
    return [inc(5), dec(5)]


check.case("inc = memoize(x + 1), dec = memoize(x - 1): inc(5), dec(5)", two_functions)

def memoized_fib():
    runs = []

    @memoize
    def fib(n):
        runs.append(n)
        # The recursive calls look `fib` up at run time: they go through the cache too.
        return n if n < 2 else fib(n - 1) + fib(n - 2)

    return {"result": fib(90), "calls": len(runs)}


check.case("recursive fib(90) decorated with @memoize", memoized_fib)
check.case(
    "f(n) for n in range(1000), twice over: sum of results",
    lambda: sequence(lambda n: n * n, lambda f: sum(f(n) for _ in range(2) for n in range(1000))),
)
check.done()
