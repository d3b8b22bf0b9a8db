"""Hidden check for day14/coroutine_states: one line per case.

Every target is built here, so the learner's code only sees objects it could not
have predicted. Coroutines are driven by hand through `Pause`, an awaitable that
yields to whoever calls send(); no event loop is involved anywhere.
"""
from pygrade_check import Check

check = Check()
mod = check.load("coroutine_states.py")
if not check.need(mod, "lifecycle", "drive"):
    check.done()
lifecycle, drive = mod.lifecycle, mod.drive


class Pause:
    """`await Pause(v)` yields v to the driver and evaluates to what it sends back."""

    def __init__(self, value):
        self.value = value

    def __await__(self):
        return (yield self.value)


def countdown(n):
    while n > 0:
        yield n
        n -= 1


def accumulator():
    total = 0
    while True:
        total += yield total


def takes_two():
    first = yield "first?"
    second = yield "second?"
    return first + second


def returns_at_once():
    return "nothing to yield"
    yield  # the bare yield makes this a generator function


async def conversation():
    name = await Pause("name?")
    mood = await Pause("mood?")
    return f"{name} feels {mood}"


async def gives_up():
    try:
        await Pause("working")
    except TimeoutError:
        return "gave up"
    return "finished"


def forgiving():
    while True:
        try:
            yield "waiting"
        except ValueError:
            yield "recovered"


def strict():
    yield "only value"


def stubborn():
    try:
        yield "busy"
    finally:
        yield "not yet"  # yielding while being closed makes close() raise RuntimeError


def divider():
    total = 100
    while True:
        divisor = yield total
        total = total // divisor


def converter():
    try:
        yield "listening"
    except KeyError:
        raise LookupError("converted") from None


def with_cleanup(log):
    try:
        yield "open"
        yield "still open"
    finally:
        log.append("cleaned up")


def self_aware_generator():
    """A generator that asks lifecycle() about itself while it runs."""
    me = []

    def body():
        yield lifecycle(me[0])
        yield lifecycle(me[0])

    gen = body()
    me.append(gen)
    return gen


def self_aware_coroutine():
    me = []

    async def body():
        return await Pause(lifecycle(me[0]))

    coro = body()
    me.append(coro)
    return coro


def driven(coro, *args, **kwargs):
    """drive() a coroutine, then make sure it is closed: an unstarted coroutine left
    for the garbage collector prints a "never awaited" warning that is only noise."""
    try:
        return drive(coro, *args, **kwargs)
    finally:
        try:
            coro.close()
        except Exception:
            pass


def started(gen):
    next(gen)
    return gen


def exhausted(gen):
    for _ in gen:
        pass
    return gen


def coroutine_state(make, prepare):
    """lifecycle() of a coroutine after `prepare`, closing it so no warning is left."""
    coro = make()
    try:
        prepare(coro)
        return lifecycle(coro)
    finally:
        coro.close()


def first_stop(target, value):
    try:
        target.send(value)
    except StopIteration:
        pass


def first_yield(target):
    """Start a target and return what it yielded, closing it afterwards."""
    try:
        return target.send(None)
    finally:
        target.close()


# lifecycle(): the four states, for generators and coroutines alike.
check.case("lifecycle(countdown(3))", lambda: lifecycle(countdown(3)))
check.case("lifecycle(countdown(3)) after next()", lambda: lifecycle(started(countdown(3))))
check.case("lifecycle(countdown(2)) after a for loop over it", lambda: lifecycle(exhausted(countdown(2))))
check.case("lifecycle(conversation())", lambda: coroutine_state(conversation, lambda c: None))
check.case("lifecycle(conversation()) after send(None)", lambda: coroutine_state(conversation, lambda c: c.send(None)))
check.case("generator asks lifecycle() about itself", lambda: first_yield(self_aware_generator()))
check.case("coroutine asks lifecycle() about itself", lambda: first_yield(self_aware_coroutine()))
check.raises("lifecycle(countdown), the function itself", lambda: lifecycle(countdown), TypeError)
check.raises("lifecycle(iter([1, 2]))", lambda: lifecycle(iter([1, 2])), TypeError)
check.raises("lifecycle([1, 2])", lambda: lifecycle([1, 2]), TypeError)
check.raises("lifecycle(conversation), the async function itself", lambda: lifecycle(conversation), TypeError)
check.case("lifecycle(conversation()) once it returned",
           lambda: coroutine_state(conversation, lambda c: (c.send(None), c.send("a"), first_stop(c, "b"))))
check.case("lifecycle(conversation()) after close()",
           lambda: coroutine_state(conversation, lambda c: (c.send(None), c.close())))

# drive(): whole lives, step by step.
cleanup_log = []
check.case(
    "drive(with_cleanup(log), sends=[None]) and the log",
    lambda: (drive(with_cleanup(cleanup_log), [None]), cleanup_log),
)
check.case("drive(accumulator(), sends=[5, 7])", lambda: drive(accumulator(), [5, 7]))
check.case("drive(takes_two(), sends=[3, 4, 5, 6])", lambda: drive(takes_two(), [3, 4, 5, 6]))
check.case("drive(returns_at_once())", lambda: drive(returns_at_once()))
check.case("drive(conversation(), sends=iter(['Zoë', 'calm']))", lambda: driven(conversation(), iter(["Zoë", "calm"])))
check.case("drive(forgiving(), throw=ValueError('x'))", lambda: drive(forgiving(), throw=ValueError("x")))
check.case("drive(strict(), throw=KeyError('k'))", lambda: drive(strict(), throw=KeyError("k")))
check.case("drive(gives_up(), throw=TimeoutError())", lambda: driven(gives_up(), throw=TimeoutError()))
check.case("drive(stubborn())", lambda: drive(stubborn()))
check.case("drive(self_aware_generator(), sends=['again'])", lambda: drive(self_aware_generator(), ["again"]))
check.case("drive(divider(), sends=[4, 0, 5])", lambda: drive(divider(), [4, 0, 5]))
check.case("drive(takes_two(), sends=[1, 2], throw=KeyError('late'))", lambda: drive(takes_two(), [1, 2], throw=KeyError("late")))
check.case("drive(converter(), throw=KeyError('k'))", lambda: drive(converter(), throw=KeyError("k")))
check.case("drive(conversation(), sends=('Ann',), throw=ValueError('v'))",
           lambda: driven(conversation(), ("Ann",), throw=ValueError("v")))
check.raises("drive() on a generator that already started", lambda: drive(started(countdown(3))), ValueError)
check.raises("drive() on a generator that already finished", lambda: drive(exhausted(countdown(1))), ValueError)
check.raises("drive(iter([1, 2]))", lambda: drive(iter([1, 2])), TypeError)
check.raises("drive(countdown), the function itself", lambda: drive(countdown), TypeError)
check.done()
