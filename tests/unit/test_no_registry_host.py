"""No tracked file names a package registry's host: the index is whichever pip is configured with.

The host names are read from pip at run time (the one function that asks pip for its default
index), so this test writes none either.
"""

from __future__ import annotations

import subprocess

from support import ROOT

from pywebcompare.evidence.pipindex import pip_default_index


def tracked_files_naming(hosts: tuple[str, ...]) -> list[str]:
    names = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    found = []
    for name in filter(None, names.decode().split("\0")):
        path = ROOT / name
        if not path.is_file():
            continue  # deleted in the work tree, not yet committed
        body = path.read_bytes()
        found += [f"{name} (host {i + 1} of pip's default index)" for i, h in enumerate(hosts) if h.encode() in body]
    return found


def test_no_tracked_file_names_the_registry_host():
    hosts = pip_default_index().hosts
    assert hosts and all("." in h for h in hosts)
    assert tracked_files_naming(hosts) == []


def test_the_scan_finds_a_host_when_one_is_written(tmp_path, monkeypatch):
    # The same scan over a repository holding one file that names the host: it is found.
    host = pip_default_index().hosts[0]
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    (tmp_path / "note.md").write_text(f"see https://{host}/simple/flask/\n")
    (tmp_path / "clean.md").write_text("nothing here\n")
    subprocess.run(["git", "-C", str(tmp_path), "add", "."], check=True)
    monkeypatch.setattr(__import__(__name__), "ROOT", tmp_path)
    assert tracked_files_naming((host,)) == ["note.md (host 1 of pip's default index)"]
