"""Hidden check for day02/mutable_default: one line per case."""
import inspect

from pygrade_check import Check, Verdict, show

check = Check()
# A fresh import, so append_to_buggy's default list is still empty.
mod = check.load("mutable_default.py")
if not check.need(mod, "append_to_buggy", "demonstrate", "append_to_fixed"):
    check.done()

evidence = []
unfinished = []


def run_demonstrate():
    try:
        result = mod.demonstrate()
    except NotImplementedError:
        unfinished.append(True)
        raise
    if not (isinstance(result, tuple) and len(result) == 2):
        raise Verdict("returned " + show(result) + ", expected a (first, second) tuple")
    evidence.append(result)
    return result


def from_evidence(question):
    # demonstrate() runs once only: a second call would append to the same list again.
    if unfinished:
        raise NotImplementedError
    if not evidence:
        raise Verdict("no evidence: demonstrate() failed above")
    return question(*evidence[0])


def the_default_list():
    defaults = mod.append_to_buggy.__defaults__ or ()
    return defaults[0] if defaults else None


check.case("demonstrate()", run_demonstrate)
check.case("first is second", lambda: from_evidence(lambda first, second: first is second))
check.case("first is append_to_buggy's stored default",
           lambda: from_evidence(lambda first, second: first is the_default_list()))

fixed = mod.append_to_fixed
check.case("append_to_fixed(1)", lambda: fixed(1))
check.case("append_to_fixed(2), called next", lambda: fixed(2))
check.case("append_to_fixed('x') is append_to_fixed('x')", lambda: fixed("x") is fixed("x"))


def into(target, item):
    result = fixed(item, target)
    return (result is target, target)


check.case("mine = [0]; r = append_to_fixed(3, mine): (r is mine, mine)", lambda: into([0], 3))
check.case("empty = []; r = append_to_fixed(4, empty): (r is empty, empty)", lambda: into([], 4))
check.case("append_to_fixed(5, None)", lambda: fixed(5, None))
check.case("append_to_fixed(7, target=None)", lambda: fixed(7, target=None))


def keyword_target():
    mine = ["k"]
    result = fixed("v", target=mine)
    return (result is mine, mine)


check.case("mine = ['k']; r = append_to_fixed('v', target=mine): (r is mine, mine)", keyword_target)


def fresh_after_target():
    fixed("into", ["somewhere"])
    return fixed("alone")


check.case("append_to_fixed('alone') right after a call with a target", fresh_after_target)


def item_as_is():
    item = [1, 2]
    result = fixed(item)
    if not isinstance(result, list) or not result:
        raise Verdict("returned " + show(result) + ", expected a list")
    return (len(result), result[0] is item)


check.case("x = [1, 2]; r = append_to_fixed(x): (len(r), r[0] is x)", item_as_is)


def target_default():
    fixed(6)  # one more call; also keeps this case "not done yet" while fixed is a stub
    params = inspect.signature(fixed).parameters
    if "target" not in params:
        raise Verdict("append_to_fixed has no parameter named target")
    return params["target"].default


check.case("default of target, after all those calls", target_default)
check.done()
