"""Which package index pip uses, read from pip itself, so no index host is written in this project."""

from __future__ import annotations

import os
import subprocess
import sys


def default_index_url() -> str:
    """pip's built-in default index (its JSON Simple API root)."""
    from pip._internal.models.index import PyPI  # pip ships in every venv this project makes

    return PyPI.simple_url


def configured_index_url() -> str:
    """The index pip is configured to use: PIP_INDEX_URL, then `pip config`, then pip's default."""
    if os.environ.get("PIP_INDEX_URL"):
        return os.environ["PIP_INDEX_URL"]
    out = subprocess.run(
        [sys.executable, "-m", "pip", "config", "get", "global.index-url"], capture_output=True, text=True
    )
    return out.stdout.strip() if out.returncode == 0 and out.stdout.strip() else default_index_url()
