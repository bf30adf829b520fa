"""The behaviour collector: serve each framework's behaviour app, send the probes, write data/behaviour/<id>.yaml.

`python -m pywebcompare behaviour [ID...]`: for each framework with examples/behaviour/<id>.py, its
environment (.venv-examples/<id>, runner.ensure_venv), examples/serve.py with the server its data names
(`deployment.server`), a free port on 127.0.0.1; the contract's happy paths first (a wrong one stops that
framework and writes nothing), then every probe of behaviour.PROBES in order. The file holds no date or
port, so a second run on the same releases writes the same bytes.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

from pywebcompare import ROOT
from pywebcompare.data.profiles import profiles
from pywebcompare.evidence import behaviour, examples, runner
from pywebcompare.evidence.harness import environment, free_port, serve_command
from pywebcompare.evidence.setups import SETUPS

APPS = "examples/behaviour"
OUT = "data/behaviour"
START_SECONDS = 60  # two shared cores: Django or Litestar can take seconds to import
HEAD = (
    "# yaml-language-server: $schema=../../schemas/behaviour.schema.json\n"
    "# Written by `python -m pywebcompare behaviour`: what this framework's app (examples/behaviour/) answered\n"
    "# to each probe of pywebcompare/evidence/behaviour.py. Do not edit by hand; run the command again.\n"
)


def apps(root: Path = ROOT) -> list[str]:
    """Framework ids that have a behaviour app."""
    return sorted(p.stem for p in (root / APPS).glob("*.py"))


def start(python: Path, server: str, file: Path, log: Path) -> tuple[subprocess.Popen, int, str]:
    """Serve the app; return the process, its port and the app's class (serve.py's first line)."""
    port = free_port()
    with log.open("wb") as out:
        proc = subprocess.Popen(
            # the framework's production server kind, as the examples serve it (the speed harness adds the
            # server's C extras in its own environments; the examples' pins do not hold them)
            [str(python), *serve_command(SETUPS[server], port, file)],
            cwd=file.parent,
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
            env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
        )
    deadline = time.monotonic() + START_SECONDS
    while "error" in behaviour.exchange(port, behaviour.HAPPY[1][0], timeout=2.0):
        if proc.poll() is not None or time.monotonic() > deadline:
            stop(proc)
            tail = " | ".join(log.read_text(errors="replace").strip().splitlines()[-3:])
            raise RuntimeError(f"the app did not answer within {START_SECONDS} s ({server}): {tail}")
        time.sleep(0.05)
    first = next((ln for ln in log.read_text(errors="replace").splitlines() if ln.startswith("app: ")), "")
    return proc, port, first.removeprefix("app: ")


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(5)


def observe(file: Path, python: Path, server: str, package: str, framework: str | None = None) -> dict:
    """Serve one app and send every probe; the document data/behaviour/<id>.yaml holds (without `framework`).
    `framework` given, the app's class must come from it. Raises RuntimeError on a broken contract."""
    notes, not_applicable = behaviour.app_literals(file)
    python_version, packages = environment(python)
    with tempfile.TemporaryDirectory() as tmp:
        proc, port, app_class = start(python, server, file, Path(tmp) / "server.log")
        try:
            if framework and not examples.app_class_belongs(framework, app_class):
                raise RuntimeError(f"`app` is a {app_class or '?'}, not an application object of {framework}")
            wrong = behaviour.happy_problems(port, waived=notes)
            if wrong:
                raise RuntimeError("the app breaks the contract (examples/behaviour/README.md): " + "; ".join(wrong))
            results = {}
            for probe in behaviour.PROBES:
                if probe.id in not_applicable:
                    results[probe.id] = {"not_applicable": not_applicable[probe.id]}
                    continue
                results[probe.id] = behaviour.result(behaviour.exchange(port, probe))
                if probe.id in notes:  # (a note on a happy path only waived its check above)
                    results[probe.id]["note"] = notes[probe.id]
        finally:
            stop(proc)
    return {
        "version": packages.get(package.lower(), "?"),
        "python": python_version,
        "server": server,
        "app": file.name,
        "sha": examples.digest(file),
        "results": results,
    }


class _Dumper(yaml.SafeDumper):
    """Bodies of several lines as literal blocks (|), as they were sent; YAML falls back to quotes
    when a block cannot hold a string exactly."""


_Dumper.add_representer(
    str,
    lambda dumper, text: dumper.represent_scalar("tag:yaml.org,2002:str", text, style="|" if "\n" in text else None),
)


def write(path: Path, framework: str, document: dict) -> bool:
    """Write the file; whether its bytes changed."""
    body = yaml.dump(
        {"framework": framework, **document}, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100
    )
    text = HEAD + body
    old = path.read_text() if path.exists() else None
    if old != text:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return old != text


def main(ids: list[str], root: Path = ROOT, check_only: bool = False) -> int:
    """Observe each named framework (every one with an app by default); 1 if any failed."""
    known, have = profiles(root), apps(root)
    failed = 0
    for fid in ids or have:
        profile = known.get(fid)
        if fid not in have or not profile or not profile.server:
            print(f"{fid}: needs {APPS}/{fid}.py and a data file naming package and deployment.server", file=sys.stderr)
            failed += 1
            continue
        began = time.monotonic()
        try:
            python = runner.ensure_venv(fid, root)
            file = root / APPS / f"{fid}.py"
            if check_only:
                document = None
                with tempfile.TemporaryDirectory() as tmp:
                    proc, port, _ = start(python, profile.server, file, Path(tmp) / "server.log")
                    try:
                        wrong = behaviour.happy_problems(port, waived=behaviour.app_literals(file)[0])
                    finally:
                        stop(proc)
                if wrong:
                    raise RuntimeError("; ".join(wrong))
            else:
                document = observe(file, python, profile.server, profile.package, fid)
        except (RuntimeError, ValueError, subprocess.SubprocessError) as err:
            print(f"{fid}: {err}", file=sys.stderr)
            failed += 1
            continue
        took = f"{time.monotonic() - began:.1f} s"
        if document is None:
            print(f"{fid}: the happy paths answer as the contract says ({took})")
        else:
            changed = write(root / OUT / f"{fid}.yaml", fid, document)
            what = "written" if changed else "unchanged"
            print(f"{fid}: {document['version']} on Python {document['python']}, {OUT}/{fid}.yaml {what} ({took})")
    return 1 if failed else 0
