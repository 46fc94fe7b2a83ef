"""The Jinja environment: where the templates are, and the filters they use."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import jinja2

from ..errors import TimelineError

_PACKAGE = Path(__file__).resolve().parent.parent


def templates_dir() -> Path:
    """`timeline/templates` in an installed wheel, the top-level `templates/` in a checkout."""
    for candidate in (_PACKAGE / "templates", _PACKAGE.parent / "templates"):
        if (candidate / "base.html").is_file():
            return candidate
    raise TimelineError("templates not found: reinstall timeline (pip install .)")


@lru_cache(maxsize=None)
def environment(folder: Path | None = None) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(folder or templates_dir())),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    return env
