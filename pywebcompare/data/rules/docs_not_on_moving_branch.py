"""A documentation source is the published page, not the raw file on a moving branch, whose
lines (and sometimes whose path) change under the link. A warning: the link still works today."""

import re

from pywebcompare.data.rules._walk import leaves

NAME = "docs-not-on-moving-branch"
DESCRIPTION = "Warns when a source is a docs file (.rst, .md, .txt) on a repository's main or master branch."
LEVEL = "warning"
MOVING = re.compile(r"^https?://github\.com/[^/]+/[^/]+/blob/(main|master)/\S+\.(rst|md|txt)([#?]\S*)?$", re.I)


def check(files, today):
    for loaded in files.hand_written():
        for path, value in leaves(loaded):
            if isinstance(value, str) and path and path[-1] == "source" and MOVING.match(value):
                branch = MOVING.match(value).group(1)
                yield (
                    loaded,
                    path,
                    f"the source is a docs file on the moving {branch} branch",
                    "expected the published docs page, or the file at a tag or commit",
                )
