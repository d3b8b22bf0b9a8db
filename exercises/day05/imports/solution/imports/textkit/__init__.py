"""Day 5 — Understand module paths, relative imports, PEP 420.

`import x` searches the folders of `sys.path` in order (the script's folder or the
current directory first, then the standard library, then site-packages). Inside a
package that matters:

  * `import normalize` is an ABSOLUTE import: it looks for a top-level module called
    `normalize` on sys.path. It finds the sibling file only when the package folder
    itself is on sys.path — never when the code is imported as `textkit`.
  * `from textkit.normalize import fold` works, but only while the package is called
    `textkit` and sits on sys.path; vendored into another project as
    `myapp._vendor.textkit`, it breaks (or, worse, imports someone else's textkit).
  * `from .normalize import fold` / `from . import normalize` are EXPLICIT RELATIVE
    imports: "my own package's module", whatever the package is called or wherever it
    lives. They work only in a module imported as part of a package.

Part 1, this package (`imports/textkit/`). Fix the imports of __init__.py, slugs.py and
stats.py so that:
  * with `imports/` on sys.path, `import textkit` works and exposes `textkit.slugify`
    and `textkit.word_count`;
  * copied to `myapp/_vendor/textkit/` (no `textkit` on sys.path),
    `import myapp._vendor.textkit` works the same;
  * importing it loads its modules once, as `textkit.normalize`, `textkit.slugs`, ...:
    no top-level `normalize` or `slugs` module appears in sys.modules, so no
    `sys.path` tricks.
The code itself is correct; only the import lines need changing.

Part 2, a namespace package (PEP 420): see `textkit/plugins.py`,
`core_plugins/textkit_ext/shout.py` and `extra_plugins/textkit_ext/echo.py`.

Try it by hand from the `imports/` folder:
    python -c "import textkit; print(textkit.slugify('Crème brûlée'))"
"""

from .slugs import slugify
from .stats import word_count

__all__ = ["slugify", "word_count"]
