"""What the tools need to know about each framework, read from its data file: the package to install,
the module it imports as, the Python it runs on, and the server its docs deploy it on.

The examples runner, the speed harness, the behaviour collector and the index refresh all read
these, so adding a framework is adding its data file: no table in code names a framework. Read
leniently (the validator judges the files): a file too broken to read is left out.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import yaml

from pywebcompare import ROOT

FRAMEWORKS = "data/frameworks"
DEFAULT_PYTHON = "3.11"  # the tools' interpreter unless a framework's latest release needs a newer one


@dataclass(frozen=True)
class Profile:
    id: str
    name: str
    package: str  # its name on the package index
    module: str  # the top-level module it imports as
    extras: tuple[str, ...] = ()
    python: str = DEFAULT_PYTHON
    also: tuple[str, ...] = ()  # other modules an example's app object may come from
    builds_on: str | None = None
    kind: str | None = None
    server: str | None = None  # the server kind its docs deploy it on (examples/serve.py)
    server_extras: tuple[str, ...] = ()
    server_note: str = ""
    server_source: str = ""
    alternatives: tuple[
        tuple[str, tuple[str, ...], str, str], ...
    ] = ()  # other set-ups: (server, extras, note, source)

    @property
    def app_modules(self) -> tuple[str, ...]:
        """Where an example's app object may come from: its own module, or those its data names in
        `also` (Django for Django Ninja). Never implied by builds_on: a Starlette app is no FastAPI app."""
        return (self.module, *self.also)

    @property
    def requirement(self) -> str:
        """The package as pip and uv name it, extras included."""
        return self.package + (f"[{','.join(self.extras)}]" if self.extras else "")


def _profile(fid: str, data: dict) -> Profile | None:
    package, deploy = data.get("package") or {}, data.get("deployment") or {}
    if not isinstance(package, dict) or not package.get("name") or not package.get("import"):
        return None
    return Profile(
        id=fid,
        name=str(data.get("name") or fid),
        package=package["name"],
        module=package["import"],
        extras=tuple(package.get("extras") or ()),
        python=str(package.get("python") or DEFAULT_PYTHON),
        also=tuple(package.get("also") or ()),
        builds_on=data.get("builds_on"),
        kind=data.get("kind"),
        server=deploy.get("server") if isinstance(deploy, dict) else None,
        server_extras=tuple((deploy.get("extras") if isinstance(deploy, dict) else None) or ()),
        server_note=(deploy.get("note") if isinstance(deploy, dict) else "") or "",
        server_source=(deploy.get("source") if isinstance(deploy, dict) else "") or "",
        alternatives=tuple(
            (a["server"], tuple(a.get("extras") or ()), a.get("note") or "", a.get("source") or "")
            for a in ((deploy.get("alternatives") if isinstance(deploy, dict) else None) or ())
            if isinstance(a, dict) and a.get("server")
        ),
    )


@functools.cache
def _read(folder: Path, stamp: tuple) -> dict[str, Profile]:
    found: dict[str, Profile] = {}
    for path in sorted(folder.glob("*.yaml")):
        try:
            data = yaml.safe_load(path.read_text())
        except yaml.YAMLError:
            continue
        profile = _profile(path.stem, data) if isinstance(data, dict) else None
        if profile:
            found[path.stem] = profile
    return found


def profiles(root: Path = ROOT) -> dict[str, Profile]:
    """id -> Profile of every framework file that names its package, re-read when a file changes."""
    folder = root / FRAMEWORKS
    stamp = tuple((p.name, p.stat().st_mtime_ns) for p in sorted(folder.glob("*.yaml")))
    return _read(folder, stamp)
