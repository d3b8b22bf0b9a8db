"""Hidden check for day09/registry: one line per case.

Every case builds a fresh hierarchy, so classes registered (or wrongly kept) by one case
cannot show up in the next. Registry names are printed sorted: the contract does not
promise an order.
"""
from pygrade_check import Check, show

check = Check()
mod = check.load("registry.py")
if not check.need(mod, "RegistryMeta"):
    check.done()
RegistryMeta = mod.RegistryMeta


def serializers():
    """A root and three subclasses, defined out of alphabetical order."""
    class Serializer(metaclass=RegistryMeta):
        def dump(self, value):
            raise NotImplementedError

    class Json(Serializer):
        pass

    class Xml(Serializer):
        pass

    class Csv(Serializer):
        pass

    return Serializer, Json, Xml, Csv


class Named:
    """Shows a class a lookup returned by its bare name (its repr would name this
    check's own functions)."""

    def __init__(self, value):
        self.value = value

    def __repr__(self):
        if isinstance(self.value, type):
            return "the class " + self.value.__name__
        return show(self.value)


def lookup(root, name):
    return Named(root.lookup(name))


def names(root):
    return sorted(root.registry)


def fresh_root():
    class Serializer(metaclass=RegistryMeta):
        pass

    return names(Serializer)


def three_children():
    Serializer, *_ = serializers()
    return names(Serializer)


def lookup_identity():
    Serializer, Json, Xml, Csv = serializers()
    return [Serializer.lookup(n) for n in ("Json", "Xml", "Csv")] == [Json, Xml, Csv]


def grandchild():
    Serializer, Json, _, _ = serializers()

    class PrettyJson(Json):
        pass

    return names(Serializer), Serializer.lookup("PrettyJson") is PrettyJson


def lookup_from_child():
    Serializer, Json, _, Csv = serializers()
    return Json.lookup("Csv") is Csv, names(Json)


def duplicate():
    Serializer, *_ = serializers()

    class Json(Serializer):  # Json is already registered under Serializer
        pass


def duplicate_keeps_first():
    Serializer, first_json, _, _ = serializers()
    try:
        class Json(Serializer):
            pass
    except ValueError:
        pass
    return Serializer.lookup("Json") is first_json, names(Serializer)


def duplicate_deeper():
    Serializer, _, Xml, _ = serializers()

    class Json(Xml):  # Json is registered under Serializer already, one level up
        pass


def seen_from_grandchild():
    Serializer, Json, Xml, _ = serializers()

    class PrettyJson(Json):
        pass

    return names(PrettyJson), PrettyJson.lookup("Xml") is Xml, Xml.lookup("PrettyJson") is PrettyJson


def separate_roots():
    Serializer, *_ = serializers()

    class Exporter(metaclass=RegistryMeta):
        pass

    class Json(Exporter):
        pass

    class Yaml(Exporter):
        pass

    return names(Serializer), names(Exporter)


def same_code_twice():
    first, second = serializers(), serializers()  # two roots, both named Serializer

    class Yaml(second[0]):
        pass

    return names(first[0]), names(second[0]), first[0].lookup("Json") is first[1]


def mixin_root():
    class Describe:
        def describe(self):
            return type(self).__name__

    class Command(Describe, metaclass=RegistryMeta):
        pass

    class Deploy(Command):
        pass

    return names(Command), Command.lookup("Deploy")().describe()


def made_with_type():
    Serializer, *_ = serializers()
    Toml = type("Größe", (Serializer,), {})
    return Serializer.lookup("Größe") is Toml


def many():
    class Handler(metaclass=RegistryMeta):
        pass

    made = [type("Handler" + str(i), (Handler,), {}) for i in range(300)]
    return len(Handler.registry), all(Handler.lookup(c.__name__) is c for c in made)


check.case("a root with no subclasses yet: registry names", fresh_root)
check.case("root Serializer with Json, Xml, Csv: registry names", three_children)
# Early, so a registry shared between roots fails here first, with the clearest label.
check.case("two roots, each with a Json: (Serializer names, Exporter names)", separate_roots)
check.case("two roots, both named Serializer, Yaml added under the second: (first names, second names, first's Json found)",
           same_code_twice)
check.case("Serializer.lookup returns the classes themselves", lookup_identity)
check.raises("Serializer.lookup('Serializer')", lambda: lookup(serializers()[0], "Serializer"), KeyError)
check.raises("Serializer.lookup('Yaml')", lambda: lookup(serializers()[0], "Yaml"), KeyError)
check.case("class PrettyJson(Json): (names, lookup is PrettyJson)", grandchild)
check.case("Json.lookup('Csv') and the names seen from Json", lookup_from_child)
check.case("Json.lookup('Json') is Json", lambda: (lambda s: s[1].lookup("Json") is s[1])(serializers()))
check.case("class PrettyJson(Json): (names seen from it, its lookup('Xml') is Xml, Xml.lookup('PrettyJson') is it)",
           seen_from_grandchild)
check.raises("a second class Json(Serializer)", duplicate, ValueError)
check.raises("class Json(Xml), with Json already registered under Serializer", duplicate_deeper, ValueError)
check.case("after the rejected second Json: (lookup is the first, names)", duplicate_keeps_first)
check.case("root Command(Describe, metaclass=RegistryMeta) with Deploy", mixin_root)
check.case("type('Größe', (Serializer,), {}) is registered", made_with_type)
check.case("300 classes made with type(): (count, each found)", many)
check.done()
