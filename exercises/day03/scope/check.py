"""Hidden check for day03/scope: one line per case."""
from pygrade_check import Check, Verdict, show

check = Check()
mod = check.load("scope.py")
if not check.need(mod, "make_counter", "make_multipliers", "join_words", "apply_defaults"):
    check.done()


def callable_result(name, value):
    if not callable(value):
        raise Verdict(name + " returned " + show(value) + ", expected a function")
    return value


def calls(func, times):
    callable_result("make_counter", func)
    return [func() for _ in range(times)]


# -- make_counter: state in the closure, one independent total per counter ----------------
check.case("make_counter(): three calls", lambda: calls(mod.make_counter(), 3))
check.case("make_counter(10, step=5): three calls", lambda: calls(mod.make_counter(10, step=5), 3))
# Binary fractions keep float sums exact whatever the order of operations.
check.case("make_counter(1.5, step=-0.5): four calls", lambda: calls(mod.make_counter(1.5, step=-0.5), 4))


def interleaved():
    # Both counters exist before either is called: a shared or global total shows here.
    a = callable_result("make_counter", mod.make_counter())
    b = callable_result("make_counter", mod.make_counter(100))
    return [a(), a(), b(), a(), b()]


check.case("two counters called in turn: a a b a b", interleaved)


def step_positional():
    mod.make_counter(0, step=5)  # the keyword form works first (an untouched stub stops here)
    return mod.make_counter(0, 5)


check.raises("make_counter(0, 5) with step passed positionally", step_positional, TypeError)


def many_calls():
    counter = callable_result("make_counter", mod.make_counter(step=3))
    for _ in range(9_999):
        counter()
    return counter()


check.case("make_counter(step=3): value of the 10000th call", many_calls)

def module_state():
    """What a module-level name holds: containers by content, anything else by identity."""
    state = {}
    for name, value in vars(mod).items():
        if isinstance(value, (dict, list, set)):
            state[name] = ("content", type(value), list(value.items()) if isinstance(value, dict) else list(value))
        else:
            state[name] = ("object", id(value))
    return state


def globals_untouched():
    counter = callable_result("make_counter", mod.make_counter(7, step=2))
    before = module_state()
    counter()
    counter()
    return module_state() == before


check.case("calling a counter changes no module-level variable", globals_untouched)

# -- make_multipliers: each closure must keep its own i (late binding) -------------------
def multipliers(n):
    funcs = mod.make_multipliers(n)
    if not isinstance(funcs, list):
        raise Verdict("make_multipliers(" + str(n) + ") returned " + show(funcs) + ", expected a list")
    if len(funcs) != n:
        raise Verdict("make_multipliers(" + str(n) + ") returned " + str(len(funcs)) + " functions, expected " + str(n))
    for f in funcs:
        callable_result("make_multipliers", f)
    return funcs


check.case("[f(10) for f in make_multipliers(4)]", lambda: [f(10) for f in multipliers(4)])
check.case("make_multipliers(0)", lambda: mod.make_multipliers(0))
check.case("[f('ab') for f in make_multipliers(3)]", lambda: [f("ab") for f in multipliers(3)])
check.case("make_multipliers(100)[7](3)", lambda: multipliers(100)[7](3))

# -- join_words: *words collects positionals, sep is keyword-only ------------------------
check.case("join_words('a', 'b', 'c')", lambda: mod.join_words("a", "b", "c"))
check.case("join_words()", lambda: mod.join_words())
check.case("join_words('zoë', 'Ångström', sep=' · ')", lambda: mod.join_words("zoë", "Ångström", sep=" · "))
check.case("join_words(*['x', 'y', 'z'], sep='')", lambda: mod.join_words(*["x", "y", "z"], sep=""))
check.case("join_words('solo')", lambda: mod.join_words("solo"))
check.case("join_words(' x', 'y ')", lambda: mod.join_words(" x", "y "))
check.case("join_words('a', 'b', '-')", lambda: mod.join_words("a", "b", "-"))


# -- apply_defaults: forwarding *args and merged **kwargs ---------------------------------
def echo(*args, **kwargs):
    """Reports exactly what it was called with (kwargs sorted: order is not the point)."""
    return args, sorted(kwargs.items())


def applied(func, **defaults):
    return callable_result("apply_defaults", mod.apply_defaults(func, **defaults))


def overrides_do_not_leak():
    wrapped = applied(echo, sep="-")
    first = wrapped(1, sep="+")
    second = wrapped(2)
    return [first, second]


check.line("note: echo(*args, **kwargs) returns (args, sorted(kwargs.items()))")
check.case("apply_defaults(echo, sep='-')(1, 2)", lambda: applied(echo, sep="-")(1, 2))
check.case("apply_defaults(echo, sep='-')(end='!')", lambda: applied(echo, sep="-")(end="!"))
check.case("apply_defaults(echo, sep='-'): called with (1, sep='+'), then (2)", overrides_do_not_leak)
check.case("apply_defaults(int, base=2)('101')", lambda: applied(int, base=2)("101"))
check.case(
    "apply_defaults(sorted, key=len, reverse=True)(['bb', 'a', 'ccc'])",
    lambda: applied(sorted, key=len, reverse=True)(["bb", "a", "ccc"]),
)
check.done()
