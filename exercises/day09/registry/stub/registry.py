"""Day 9: a Registry metaclass.

Plugin systems often want "every subclass I define is known by name", with no manual
`register(...)` call to forget. A metaclass sees every class the moment it is created,
so it can file each one away. Methods defined on a metaclass become methods of its
classes: `def lookup(cls, name)` on the metaclass is called as `Serializer.lookup(...)`.

Contract for `RegistryMeta`:
- A class created with `metaclass=RegistryMeta` whose bases include no class made by
  RegistryMeta is a *root* (other plain bases, such as mixins, are allowed). Each root
  gets its own, initially empty registry. The root itself is not registered.
- Every class below a root (child, grandchild, ...) is registered in that root's
  registry under its `__name__` when it is created, including classes made with
  `type(name, (Root,), {})`.
- Creating a class whose name is already registered under the same root raises
  ValueError, and the registry keeps the class registered first. Separate roots have
  separate registries, so the same name may appear under each.
- `Cls.registry` is that registry: a dict mapping name -> class, readable on the root
  and on every class below it.
- `Cls.lookup(name)` returns the registered class; unknown names (including the
  root's own name) raise KeyError. It works on the root and on every class below it.

Example:
    class Serializer(metaclass=RegistryMeta):
        pass

    class Json(Serializer):
        pass

    Serializer.registry               # {'Json': Json}
    Serializer.lookup("Json")         # Json
    Serializer.lookup("Serializer")   # KeyError
"""


class RegistryMeta(type):
    def __new__(mcls, name, bases, namespace, **kwargs):
        # Your code here
        raise NotImplementedError("RegistryMeta.__new__")

    def lookup(cls, name):
        # Your code here
        raise NotImplementedError("RegistryMeta.lookup")
