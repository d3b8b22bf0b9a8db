"""Reading a compose file the way Docker Compose does, for the day20/compose check.

Only what the check needs: variable interpolation (the Compose specification's
`$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:?error}`, `${VAR?error}`,
`${VAR:+alt}`, `${VAR+alt}` and `$$`), environment in map or list form, healthcheck
tests, ports and volume mounts in short or long syntax.
"""
import re
import shlex

NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
OPERATORS = (":-", "-", ":?", "?", ":+", "+")


class InterpolationError(Exception):
    """A `${VAR:?...}` whose variable is unset, or a malformed `${...}`."""


def interpolate(text, env):
    out, i = [], 0
    while i < len(text):
        char = text[i]
        if char != "$":
            out.append(char)
            i += 1
            continue
        following = text[i + 1 : i + 2]
        if following == "$":
            out.append("$")
            i += 2
        elif following == "{":
            depth, j = 0, i + 1
            while j < len(text):
                if text[j] == "{":
                    depth += 1
                elif text[j] == "}":
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            else:
                raise InterpolationError("an unclosed ${ in " + repr(text))
            out.append(_expand(text[i + 2 : j], env))
            i = j + 1
        else:
            match = NAME.match(text, i + 1)
            if match:
                out.append(env.get(match.group(), ""))
                i = match.end()
            else:
                out.append("$")
                i += 1
    return "".join(out)


def _expand(body, env):
    match = NAME.match(body)
    if not match:
        raise InterpolationError("${" + body + "} is not a variable reference")
    name, rest = match.group(), body[match.end() :]
    value = env.get(name)
    if rest == "":
        return value or ""
    for op in OPERATORS:
        if rest.startswith(op):
            argument = interpolate(rest[len(op) :], env)
            missing = value is None or (op.startswith(":") and value == "")
            if op in (":-", "-"):
                return argument if missing else value
            if op in (":?", "?"):
                if missing:
                    raise InterpolationError("variable " + name + " is not set (" + (argument or "required") + ")")
                return value
            return "" if missing else argument
    raise InterpolationError("${" + body + "} uses an unknown operator")


def interpolate_tree(node, env):
    """Interpolate every string value (not mapping keys), as Compose does."""
    if isinstance(node, dict):
        return {k: interpolate_tree(v, env) for k, v in node.items()}
    if isinstance(node, list):
        return [interpolate_tree(v, env) for v in node]
    if isinstance(node, str):
        return interpolate(node, env)
    return node


def environment(service, env):
    """A service's `environment` as {name: value or None}; list entries without `=`
    and map entries without a value take the variable from `env` (None if unset)."""
    raw = service.get("environment") if isinstance(service, dict) else None
    result = {}
    if isinstance(raw, dict):
        for key, value in raw.items():
            if value is None:
                result[str(key)] = env.get(str(key))
            elif isinstance(value, bool):
                result[str(key)] = "true" if value else "false"
            else:
                result[str(key)] = str(value)
    elif isinstance(raw, list):
        for item in raw:
            text = str(item)
            if "=" in text:
                key, value = text.split("=", 1)
                result[key] = value
            else:
                result[text] = env.get(text)
    return result


def healthcheck_words(service):
    """The words of a service's healthcheck test, or None when it has no working one."""
    health = service.get("healthcheck") if isinstance(service, dict) else None
    if not isinstance(health, dict) or health.get("disable") in (True, "true"):
        return None
    test = health.get("test")
    if isinstance(test, str):
        return _shell_words(test)
    if isinstance(test, list) and test and all(isinstance(t, str) for t in test):
        if test[0] == "CMD":
            return test[1:]
        if test[0] == "CMD-SHELL":
            return _shell_words(" ".join(test[1:]))
    return None


def _shell_words(text):
    text = re.sub(r"[|;&()]", " ", text)
    try:
        return shlex.split(text)
    except ValueError:
        return text.split()


def image_parts(reference):
    """("repo", "tag" or None) of an image reference; a digest is dropped."""
    reference = str(reference).split("@", 1)[0]
    slash, colon = reference.rfind("/"), reference.rfind(":")
    if colon > slash:
        return reference[:colon].lower(), reference[colon + 1 :]
    return reference.lower(), None


def official(repo, name):
    return repo in (name, "library/" + name, "docker.io/" + name, "docker.io/library/" + name)


def _list(value):
    return value if isinstance(value, list) else []


def jsonable(node):
    """The document with every mapping key a string, as JSON (and the schema) has them."""
    if isinstance(node, dict):
        return {str(k): jsonable(v) for k, v in node.items()}
    if isinstance(node, list):
        return [jsonable(v) for v in node]
    return node


def published_ports(service):
    """(host port or None, container port, protocol) for each entry of `ports`."""
    found = []
    for entry in _list(service.get("ports")):
        if isinstance(entry, dict):
            published = entry.get("published")
            found.append((
                None if published is None else str(published),
                str(entry.get("target")),
                str(entry.get("protocol") or "tcp"),
            ))
            continue
        text = str(entry)
        text, _, protocol = text.partition("/")
        parts = text.rsplit(":", 2)  # [ip:]host:container or container
        container = parts[-1]
        host = parts[-2] if len(parts) >= 2 else None
        found.append((host or None, container, protocol or "tcp"))
    return found


def mounts(service):
    """(kind, source, target) for each entry of `volumes`: kind is volume or bind."""
    found = []
    for entry in _list(service.get("volumes")):
        if isinstance(entry, dict):
            found.append((str(entry.get("type")), str(entry.get("source") or ""), str(entry.get("target") or "")))
            continue
        parts = str(entry).split(":")
        if len(parts) == 1:
            found.append(("volume", "", parts[0]))  # anonymous volume
            continue
        source, target = parts[0], parts[1]
        kind = "bind" if source.startswith((".", "/", "~")) else "volume"
        found.append((kind, source, target))
    return found
