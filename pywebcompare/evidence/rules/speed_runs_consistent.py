"""A measured speed run agrees with itself: its date names its file, each rps is the median of its
rounds, each result appears once with its environment; since format 2, each baseline is the bare app
of the same run on the very same server configuration, each ratio is rps / baseline.rps, and none is
above 1.1 (pywebcompare/evidence/speed.py)."""

from __future__ import annotations

from pywebcompare.evidence.speed import run_problems

NAME = "speed-runs-consistent"
DESCRIPTION = (
    "Each data/speed/<date>.yaml is dated by its name, its figures match its rounds, every result has its "
    "environment, and every ratio is rps over the bare app's on the same server configuration, at most 1.1."
)


def check(files, today):
    for loaded in files.folder("speed").values():
        yield from run_problems(loaded)
