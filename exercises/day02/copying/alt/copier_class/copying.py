"""Day 2 — alternative: a small Copier object owns the memo for one copy; sharing is
found with an explicit stack instead of recursion."""


class Copier:
    def __init__(self):
        self.done = {}  # id(original) -> its copy, for this one deep copy only

    def copy(self, obj):
        known = self.done.get(id(obj))
        if known is not None:
            return known
        kind = type(obj)
        if kind is list:
            result = self.done[id(obj)] = []
            for item in obj:
                result.append(self.copy(item))
        elif kind is dict:
            result = self.done[id(obj)] = {}
            for key in obj:
                result[key] = self.copy(obj[key])
        elif kind is set:
            result = self.done[id(obj)] = obj.copy()
        elif kind is tuple:
            result = tuple([self.copy(item) for item in obj])
            self.done[id(obj)] = result
        else:
            result = obj
        return result


def my_deepcopy(obj):
    return Copier().copy(obj)


def shared_mutables(original, duplicate):
    found = set()
    stack = [((), original, duplicate)]
    while stack:
        path, mine, theirs = stack.pop()
        if type(mine) in (list, dict, set) and mine is theirs:
            found.add(path)
        if type(mine) in (list, tuple):
            stack.extend((path + (i,), mine[i], theirs[i]) for i in range(len(mine)))
        elif type(mine) is dict:
            stack.extend((path + (k,), mine[k], theirs[k]) for k in mine)
    return found
