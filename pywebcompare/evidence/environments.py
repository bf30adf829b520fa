"""One rule for every environment the tools make: remake it only when what it was made from changed.

An environment carries a stamp file holding what it was made from (the requirements, the Python);
`ensure` returns its interpreter at once when the stamp matches, and otherwise creates what is
missing, installs, and writes the stamp last, so an interrupted install is redone next time.
Standard library only: dev.py uses it before any requirement is installed.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path


def python_of(env: Path) -> Path:
    return env / "bin" / "python"


def ensure(
    env: Path,
    wanted: str,
    *,
    make: Callable[[Path], object],
    install: Callable[[Path], object],
    stamp: str = ".installed",
    same_base: str = "",
) -> Path:
    """The interpreter of `env`, made by `make(env)` when missing and filled by `install(python)`
    unless its stamp already reads `wanted`. An environment whose stamp does not start with
    `same_base` (made for another Python, say) is removed and made again."""
    python, mark = python_of(env), env / stamp
    before = mark.read_text() if mark.exists() else None
    if python.exists() and before == wanted:
        return python
    if python.exists() and not (before or "").startswith(same_base):
        shutil.rmtree(env)
    if not python.exists():
        make(env)
    install(python)
    mark.write_text(wanted)
    return python
