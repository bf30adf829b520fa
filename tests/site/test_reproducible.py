"""Two builds of the same commit are byte-identical (the sitemap's dates aside)."""

from __future__ import annotations

import hashlib

from support import ROOT, build_site

SKIP = {"sitemap.xml.gz", "sitemap.xml"}  # they carry the build date


def digest(folder):
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name not in SKIP
    }


def test_two_builds_are_identical(site, tmp_path):
    again = tmp_path / "again"
    assert build_site(ROOT, again).returncode == 0
    first, second = digest(site), digest(again)
    assert first.keys() == second.keys()
    assert [name for name in first if first[name] != second[name]] == []
