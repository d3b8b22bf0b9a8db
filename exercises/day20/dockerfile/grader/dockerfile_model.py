"""A Dockerfile read into stages, for the day20/dockerfile check.

dockerfile_parse does the reading (line continuations, comments, ARG substitution in
FROM); this module groups its instructions by stage and answers the questions the
rules ask: which image a stage really starts from, which packages a RUN installs, which
command the container runs.
"""
import io
import json
import os
import posixpath
import re
import shlex

from dockerfile_parse import DockerfileParser

OFFICIAL_PYTHON = {
    "python",
    "library/python",
    "docker.io/python",
    "docker.io/library/python",
    "index.docker.io/library/python",
}
PACKAGE_MANAGERS = {
    "apt-get": "install",
    "apt": "install",
    "aptitude": "install",
    "apk": "add",
    "yum": "install",
    "dnf": "install",
    "microdnf": "install",
}
BUILD_TOOLS = {
    "build-essential",
    "build-base",
    "gcc",
    "g++",
    "cpp",
    "make",
    "cmake",
    "clang",
    "musl-dev",
    "libc6-dev",
    "linux-headers",
}
PIP = re.compile(r"pip(\d+(\.\d+)*)?$")
SEGMENT_SPLIT = re.compile(r"&&|\|\||;|\||\n")


class Instruction:
    def __init__(self, keyword, value, line, workdir):
        self.keyword = keyword  # upper case
        self.value = value
        self.line = line  # 1-based
        self.workdir = workdir  # the WORKDIR in force when it runs


class Stage:
    def __init__(self, index, image, name, line):
        self.index = index
        self.image = image  # after ARG substitution, as dockerfile_parse resolves it
        self.name = name  # lower case, or None
        self.line = line
        self.parent = None  # the earlier Stage this one starts FROM, if any
        self.instructions = []
        self.workdir = "/"

    def root(self):
        stage = self
        while stage.parent is not None:
            stage = stage.parent
        return stage

    def lineage(self):
        """This stage and the earlier stages it builds on (FROM <stage>), root first."""
        chain = [self]
        while chain[-1].parent is not None:
            chain.append(chain[-1].parent)
        return chain[::-1]

    def each(self, *keywords):
        """Instructions of the image this stage makes, inherited ones included."""
        return [i for s in self.lineage() for i in s.instructions if i.keyword in keywords]


class Dockerfile:
    def __init__(self, data):
        parser = DockerfileParser(fileobj=io.BytesIO(data))
        structure = parser.structure
        images = list(parser.parent_images)
        self.stages = []
        self.instruction_count = 0
        names = {}
        froms = 0
        for item in structure:
            keyword = item["instruction"].upper()
            if keyword == "COMMENT":
                continue
            self.instruction_count += 1
            line = item["startline"] + 1
            if keyword == "FROM":
                image = images[froms] if froms < len(images) else ""
                froms += 1
                words = [w for w in item["value"].split() if not w.startswith("--")]
                name = words[2].lower() if len(words) >= 3 and words[1].lower() == "as" else None
                stage = Stage(len(self.stages), image, name, line)
                stage.parent = names.get(image.lower())
                if stage.parent is not None:
                    stage.workdir = stage.parent.workdir
                self.stages.append(stage)
                if name:
                    names[name] = stage
            elif self.stages:
                stage = self.stages[-1]
                if keyword == "WORKDIR":
                    stage.workdir = resolve(stage.workdir, item["value"].strip().strip("\"'"))
                stage.instructions.append(Instruction(keyword, item["value"], line, stage.workdir))
        self.by_name = names

    @property
    def final(self):
        return self.stages[-1] if self.stages else None

    def earlier_names(self):
        return {s.name for s in self.stages[:-1] if s.name}


def split_image(reference):
    """("repo", "tag" or None) of an image reference; a digest is dropped."""
    reference = reference.split("@", 1)[0]
    slash, colon = reference.rfind("/"), reference.rfind(":")
    if colon > slash:
        return reference[:colon].lower(), reference[colon + 1 :]
    return reference.lower(), None


def exec_form(value):
    """The argument list of an exec-form (JSON) CMD/ENTRYPOINT/RUN, else None."""
    text = value.strip()
    if not text.startswith("["):
        return None
    try:
        parsed = json.loads(text)
    except ValueError:
        return None
    if isinstance(parsed, list) and all(isinstance(p, str) for p in parsed):
        return parsed
    return None


def words(text):
    try:
        return shlex.split(text)
    except ValueError:
        return text.split()


def argv(value):
    """The words a CMD/ENTRYPOINT runs, in either form."""
    parsed = exec_form(value)
    return parsed if parsed is not None else words(value)


def commands(value):
    """The simple commands of a RUN, each a list of words."""
    parsed = exec_form(value)
    if parsed is not None:
        return [parsed]
    return [w for w in (words(part) for part in SEGMENT_SPLIT.split(value)) if w]


def installed_packages(command):
    """Packages an OS package manager installs in one command, else []."""
    for i, word in enumerate(command):
        verb = PACKAGE_MANAGERS.get(os.path.basename(word))
        if verb and verb in command[i + 1 :]:
            rest = command[command.index(verb, i + 1) + 1 :]
            return [w.split("=", 1)[0] for w in rest if not w.startswith("-")]
    return []


def is_build_tool(package):
    name = package.lower()
    return (
        name in BUILD_TOOLS
        or name.endswith(("-dev", "-devel"))
        or name.startswith(("gcc-", "g++-", "clang-"))
    )


def is_pip_install(command):
    for i, word in enumerate(command):
        following = command[i + 1 : i + 3]
        if PIP.match(os.path.basename(word)) and following[:1] == ["install"]:
            return True
        if word == "-m" and following == ["pip", "install"]:
            return True
    return False


def resolve(base, path):
    """`path` made absolute against `base`, normalised, without a trailing slash."""
    return posixpath.normpath(posixpath.join(base, path)) if path else base


def venvs_made(stage):
    """Absolute paths of the virtual envs the RUN lines of `stage` (and its bases) create
    with `python -m venv DIR`, `virtualenv DIR` or `uv venv DIR`."""
    found = []
    for run in stage.each("RUN"):
        for command in commands(run.value):
            for i, word in enumerate(command):
                before = command[i - 1] if i else ""
                if (word == "venv" and (before == "-m" or os.path.basename(before) == "uv")) or os.path.basename(word) == "virtualenv":
                    targets = [w for w in command[i + 1 :] if not w.startswith("-")]
                    if targets:
                        found.append(resolve(run.workdir, targets[0]))
    return found


def env_values(stage):
    """The ENV settings of `stage` (and its bases), in order, with earlier values
    substituted for $NAME and ${NAME}."""
    values = {}
    for env in stage.each("ENV"):
        parts = words(env.value)
        if parts and "=" not in parts[0]:  # legacy form: ENV NAME value
            pairs = [(parts[0], " ".join(parts[1:]))]
        else:
            pairs = [tuple(p.split("=", 1)) for p in parts if "=" in p]
        for name, value in pairs:
            values[name] = re.sub(
                r"\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?",
                lambda m: values.get(m.group(1), "$" + m.group(1)),
                value,
            )
    return values
