"""Hidden check for day13/generics_protocols: one line per case.

Annotations are rendered with `describe()` rather than repr(): typing's reprs changed
across 3.10-3.14 (and `List[str]` vs `list[str]` is a matter of style), while
get_origin/get_args give the same answers everywhere.
"""
from typing import Protocol, TypeVar, get_args, get_origin, get_type_hints

from pygrade_check import Check, Verdict, show

check = Check()
mod = check.load("generics_protocols.py")
if not check.need(mod, "Stack", "HasArea", "total_area", "Item"):
    check.done()
Stack, HasArea, total_area, Item = mod.Stack, mod.HasArea, mod.total_area, mod.Item


def class_parameter():
    params = getattr(Stack, "__parameters__", ())
    return params[0] if len(params) == 1 else None


def describe(hint):
    """Version-independent text for an annotation."""
    if hint is not None and hint is class_parameter():
        return "Stack's type variable"
    if hint is type(None):
        return "None"
    if isinstance(hint, TypeVar):
        return "some other TypeVar"
    origin = get_origin(hint)
    if origin is not None:
        args = ", ".join(describe(arg) for arg in get_args(hint))
        return getattr(origin, "__name__", "generic") + "[" + args + "]"
    if isinstance(hint, type):
        return hint.__name__
    return "unrecognised annotation"


def parameters():
    params = getattr(Stack, "__parameters__", None)
    if not isinstance(params, tuple):
        raise Verdict("Stack has no __parameters__: it is not a Generic class")
    return [isinstance(p, TypeVar) for p in params]


def subscripted():
    try:
        alias = Stack[int]
    except TypeError:
        raise Verdict("Stack[int] raises TypeError: Stack is not a Generic class") from None
    return get_origin(alias) is Stack, get_args(alias) == (int,)


def typed_dict_keys():
    required = getattr(Item, "__required_keys__", None)
    optional = getattr(Item, "__optional_keys__", None)
    if required is None or optional is None:
        raise Verdict("Item has no __required_keys__: it is not a TypedDict")
    return sorted(required), sorted(optional)


def hints(obj):
    return {name: describe(hint) for name, hint in get_type_hints(obj).items()}


def filled(*items):
    stack = Stack()
    for item in items:
        stack.push(item)
    return stack


def pop_all(stack):
    return [stack.pop() for _ in range(len(stack))]


def peek_then_len():
    stack = filled("zoë", "ä")
    return stack.peek(), len(stack)


def emptied():
    stack = filled("only")
    stack.pop()
    return stack


def independent():
    filled(1, 2)
    return len(Stack())


def large():
    stack = filled(*range(10_000))
    return pop_all(stack) == list(range(9_999, -1, -1)) and len(stack) == 0


class Rect:  # no relation to HasArea: structural typing must still accept it
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Square:
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side


class Outline:
    def perimeter(self):
        return 4.0


# Stack: a generic class, introspected and exercised.
check.case("each of Stack.__parameters__ is a TypeVar", parameters)
check.case("get_origin(Stack[int]) is Stack, get_args(Stack[int]) == (int,)", subscripted)
check.case("get_type_hints(Stack.push)", lambda: hints(Stack.push))
check.case("return hints of Stack.pop and Stack.peek",
           lambda: (hints(Stack.pop).get("return"), hints(Stack.peek).get("return")))
check.case("push 1, 2, 3 then pop until empty", lambda: pop_all(filled(1, 2, 3)))
check.case("push 'zoë', 'ä' then (peek(), len())", peek_then_len)
check.case("push None, 0 then [pop(), pop(), len()]", lambda: (lambda s: [s.pop(), s.pop(), len(s)])(filled(None, 0)))
check.raises("Stack().pop()", lambda: Stack().pop(), IndexError)
check.raises("Stack().peek()", lambda: Stack().peek(), IndexError)
check.raises("pop() after pushing and popping one item", lambda: emptied().pop(), IndexError)
check.raises("peek() after pushing and popping one item", lambda: emptied().peek(), IndexError)
check.case("len(Stack()) after another stack got items", independent)
check.case("push 'a', 'b', pop, push 'c', then [peek(), len(), pop(), pop(), len()]",
           lambda: (lambda s: [s.pop(), s.push("c"), s.peek(), len(s), s.pop(), s.pop(), len(s)][2:])(filled("a", "b")))
check.case("10_000 pushes pop back in reverse, leaving it empty", large)

# HasArea: a runtime-checkable Protocol.
check.case("typing.Protocol in HasArea.__mro__", lambda: Protocol in HasArea.__mro__)
check.case("isinstance(Rect(2, 3), HasArea)", lambda: isinstance(Rect(2, 3), HasArea))
check.case("get_type_hints(HasArea.area)", lambda: hints(getattr(HasArea, "area", None)) if hasattr(HasArea, "area") else "HasArea has no area method")
check.case("isinstance(Outline(), HasArea), isinstance(5, HasArea)",
           lambda: (isinstance(Outline(), HasArea), isinstance(5, HasArea)))
check.case("total_area(a generator of Rect(2, 3), Square(1.5))", lambda: total_area(s for s in [Rect(2, 3), Square(1.5)]))
check.case("total_area([]), total_area(an empty generator)",
           lambda: "both 0: " + str(total_area([]) == 0 and total_area(s for s in []) == 0), render=str)
check.case("total_area((Square(2), Square(0.5))) on a tuple", lambda: total_area((Square(2), Square(0.5))))
check.raises("total_area([Rect(1, 1), Outline()])", lambda: total_area([Rect(1, 1), Outline()]), TypeError)
check.raises("total_area([3.5])", lambda: total_area([3.5]), TypeError)
check.case("get_type_hints(total_area)", lambda: hints(total_area))

# Item: a TypedDict with required and optional keys.
check.case("sorted required and optional keys of Item", typed_dict_keys)
check.case("get_type_hints(Item)", lambda: hints(Item))
check.done()
