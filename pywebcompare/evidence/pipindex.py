"""Which package index pip uses, read from pip at run time, so no index host is written in this project.

Only the refresh tool (and the collector, which reads releases through it) asks; validation and the
build never import pip.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from urllib.parse import urlsplit


class PipChanged(RuntimeError):
    """pip no longer tells its default index the way this module reads it."""


@dataclass(frozen=True)
class PipDefault:
    simple_url: str  # the JSON Simple API root pip reads when nothing is configured
    hosts: tuple[str, ...]  # the host names of that index and of its file storage


def pip_default_index() -> PipDefault:
    """pip's built-in default index, from the installed pip: the ONE place that reads pip's internals.

    pip has no public API for it; when pip changes, this fails with a message saying what to do.
    """
    try:
        from pip._internal.models.index import PyPI

        simple_url, hosts = PyPI.simple_url, (urlsplit(PyPI.url).hostname, PyPI.file_storage_domain)
    except (ImportError, AttributeError) as err:
        raise PipChanged(
            f"could not read pip's default package index from pip {_pip_version()} "
            f"(pip._internal.models.index.PyPI: {err}); pip has changed: set PIP_INDEX_URL to the index's "
            "simple API, and update pywebcompare/evidence/pipindex.py"
        ) from err
    if not (
        isinstance(simple_url, str)
        and simple_url.startswith("https://")
        and all(isinstance(h, str) and h for h in hosts)
    ):
        raise PipChanged(f"pip {_pip_version()} gave an unexpected default index {simple_url!r}; set PIP_INDEX_URL")
    return PipDefault(simple_url, tuple(hosts))


def _pip_version() -> str:
    try:
        import pip

        return pip.__version__
    except ImportError:
        return "(not installed)"


def configured_index_url() -> str:
    """The index pip is configured to use: PIP_INDEX_URL, then pip's configuration, then pip's default."""
    if os.environ.get("PIP_INDEX_URL"):
        return os.environ["PIP_INDEX_URL"].strip()
    for key in ("global.index-url", "install.index-url"):
        out = subprocess.run(
            [sys.executable, "-m", "pip", "config", "get", key], capture_output=True, text=True, timeout=60
        )
        if out.returncode == 0 and out.stdout.strip():
            return out.stdout.strip()
    return pip_default_index().simple_url
