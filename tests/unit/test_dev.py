"""`python3 dev.py doctor`: what the commands need beyond Python, found or missing, each missing one
with the command that installs it. Run on a copy of dev.py with a PATH that holds only what a test
puts there, so the answer does not depend on this machine."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

from support import ROOT


def doctor(tmp_path, tools=()):
    (tmp_path / "bin").mkdir()
    for tool in tools:
        exe = tmp_path / "bin" / tool
        exe.write_text("#!/bin/sh\nexit 0\n")
        exe.chmod(0o755)
    shutil.copy(ROOT / "dev.py", tmp_path / "dev.py")
    env = {**os.environ, "PATH": str(tmp_path / "bin")}
    return subprocess.run(
        [sys.executable, str(tmp_path / "dev.py"), "doctor"], env=env, capture_output=True, text=True, timeout=60
    )


def test_doctor_lists_each_missing_tool_with_its_install_command(tmp_path):
    done = doctor(tmp_path)
    assert done.returncode == 1
    out = done.stdout
    for name, command in [
        ("Chromium", "sudo apt-get install -y -q --no-install-recommends chromium"),
        ("Java", "sudo apt-get install -y -q --no-install-recommends default-jre-headless"),
        ("npm", "sudo apt-get install -y -q --no-install-recommends nodejs npm"),
        ("wrk", "sudo apt-get install -y -q --no-install-recommends wrk"),
        ("uv", "-m pip install uv"),
        ("Python 3.12", "uv python install 3.12"),
        ("Python 3.13", "uv python install 3.13"),
    ]:
        block = out[out.index(f"missing  {name} ") :]
        assert block.splitlines()[1].strip().startswith("install: ") and command in block.splitlines()[1], out
    assert "7 missing" in out
    assert not (tmp_path / ".venv").exists()  # the doctor only looks


def test_doctor_says_what_is_found(tmp_path):
    done = doctor(tmp_path, tools=("chromium", "java", "npm", "wrk", "uv", "python3.12", "python3.13"))
    assert done.returncode == 0, done.stdout
    assert "ok       Chromium     (for test, bench, shots, mutants)" in done.stdout
    assert "missing" not in done.stdout and "Everything the commands need is here." in done.stdout
