"""A measured speed run agrees with itself: its date names its file, each rps is the median of its
rounds, each result appears once and each framework has a server entry (pywebcompare/speed.py)."""

from __future__ import annotations

from pywebcompare.evidence.speed import run_problems

NAME = "speed-runs-consistent"
DESCRIPTION = (
    "Each data/speed/<date>.yaml is dated by its name, its figures match its rounds, every framework has its server."
)


def check(files, today):
    for loaded in files.folder("speed").values():
        yield from run_problems(loaded)
