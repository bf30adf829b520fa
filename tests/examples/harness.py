"""Start and stop one example server for the specs, and run commands in a framework's environment."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from pywebcompare.evidence import examples as catalogue  # noqa: E402
from pywebcompare.evidence import runner  # noqa: E402

STARTUP_SECONDS = 40  # two shared cores: Django or Litestar can take seconds to import
frameworks_for = catalogue.frameworks_for


def examples_root() -> Path:
    return Path(os.environ.get("PWC_EXAMPLES_ROOT", ROOT))


@dataclass
class Example:
    task: str
    framework: str
    file: Path
    url: str  # http://127.0.0.1:<port>, no trailing slash
    python: Path  # the framework environment's interpreter
    app_class: str

    @property
    def ws_url(self) -> str:
        return "ws" + self.url.removeprefix("http")

    def run_in_env(self, *args, cwd: Path, timeout=120) -> subprocess.CompletedProcess:
        """Run the framework's python (-P: no script folder on sys.path, where flask.py would shadow flask)."""
        return subprocess.run([str(self.python), "-P", *args], cwd=cwd, capture_output=True, text=True, timeout=timeout)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def server_kind(framework: str, task: str, root: Path) -> str:
    """The server from data/examples/<framework>.yaml: the task's own `server`, else the framework's."""
    import yaml

    path = root / "data" / "examples" / f"{framework}.yaml"
    data = yaml.safe_load(path.read_text()) if path.exists() else None
    if not isinstance(data, dict) or "server" not in data:
        pytest.fail(f"{framework} {task}: data/examples/{framework}.yaml names no `server`")
    entry = (data.get("tasks") or {}).get(task) or {}
    return entry.get("server", data["server"])


def _answers(port: int) -> bool:
    with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.2):
        return True
    return False


@contextlib.contextmanager
def start(task: str, framework: str, root: Path, tmp: Path):
    file = root / "examples" / task / f"{framework}.py"
    python = runner.venv_python(framework, ROOT)
    if not python.exists():
        pytest.fail(f"{framework}: no environment at {python}; run `python3 dev.py examples` to create it")
    port = free_port()
    kind = server_kind(framework, task, root)
    out, err = tmp / "stdout", tmp / "stderr"
    cmd = [str(python), str(ROOT / "examples" / "serve.py"), "--server", kind, "--port", str(port), str(file)]
    with out.open("w") as o, err.open("w") as e:
        proc = subprocess.Popen(
            cmd,
            cwd=file.parent,
            stdout=o,
            stderr=e,
            stdin=subprocess.DEVNULL,
            env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
        )
    try:
        deadline = time.monotonic() + STARTUP_SECONDS
        while not _answers(port):
            if proc.poll() is not None or time.monotonic() > deadline:
                why = "exited" if proc.poll() is not None else f"did not answer within {STARTUP_SECONDS} s"
                pytest.fail(f"{framework} {task}: the example {why} ({kind}):\n{err.read_text()[-2500:]}")
            time.sleep(0.05)
        # serve.py's own line; a server may log to stdout around it (py4web's Rocket does)
        named = [ln for ln in out.read_text().splitlines() if ln.startswith("app: ")][:1]
        app_class = named[0].removeprefix("app: ") if named else "?"
        if not catalogue.app_class_belongs(framework, app_class):
            pytest.fail(f"{framework} {task}: `app` is a {app_class}, not an application object of {framework}")
        yield Example(task, framework, file, f"http://127.0.0.1:{port}", python, app_class)
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)
