"""Day 8: build your own `@cached_property`.

A descriptor is an object stored on a class that takes over attribute access through
`__get__` (and optionally `__set__` / `__delete__`). A descriptor with only `__get__` is
a *non-data* descriptor, and for those Python checks the instance's `__dict__` FIRST:
once `obj.__dict__["area"]` exists, reading `obj.area` never reaches the descriptor
again. That lookup rule is all a cached property needs.

`__set_name__(self, owner, name)` is called once, when the class body has run, with the
name the descriptor was assigned to. That name need not be the function's name:
`total = cached_property(_compute)` is called with "total".

Contract for `cached_property(func)`, used as `@cached_property` on a method:
- The first read of `obj.attr` calls `func(obj)`, stores the result in `obj.__dict__`
  under the attribute's name and returns it. Later reads return that same object
  without calling `func` again. Falsy results (None, 0, "") are cached like any other.
- Every instance has its own value.
- If `func` raises, the exception propagates and nothing is cached: the next read
  calls `func` again.
- `del obj.attr` forgets the value, so the next read computes it afresh; before any
  read there is nothing to forget and `del obj.attr` raises AttributeError.
- `obj.attr = value` stores `value` like a plain attribute: do not define `__set__`
  or `__delete__` (that would make it a data descriptor).
- Reading the attribute on the class (`Rect.area`) returns the descriptor itself.
- Do not use `functools.cached_property`: rebuilding it is the exercise.

Example:
    class Rect:
        def __init__(self, w, h):
            self.w, self.h = w, h

        @cached_property
        def area(self):
            return self.w * self.h      # runs once per Rect
"""


class cached_property:
    def __init__(self, func):
        # Your code here
        raise NotImplementedError("cached_property.__init__")

    def __set_name__(self, owner, name):
        # Your code here
        raise NotImplementedError("cached_property.__set_name__")

    def __get__(self, instance, owner=None):
        # Your code here
        raise NotImplementedError("cached_property.__get__")
