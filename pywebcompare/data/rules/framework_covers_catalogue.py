"""Every framework file states every catalogue feature, and only those."""

import difflib

from pywebcompare.data.rules._walk import catalogue_ids

NAME = "framework-covers-catalogue"
DESCRIPTION = "A framework file lists each feature of data/features.yaml exactly once and no other."


def check(files, today):
    known = catalogue_ids(files)
    if not known:
        return
    for fw in files.frameworks.values():
        given = fw.data["features"]
        missing = [fid for fid in known if fid not in given]
        for fid in given:
            if fid not in known:
                # A misspelt key is one problem, not "unknown" plus "missing": suggest the likely id.
                guess = difflib.get_close_matches(fid, missing)  # best first
                if guess:
                    missing.remove(guess[0])
                hint = f"did you mean {guess[0]!r}?" if guess else "expected a feature id from data/features.yaml"
                yield fw, ("features", fid), f"unknown feature {fid!r}", hint
        for fid in missing:
            yield (
                fw,
                ("features",),
                f"feature {fid!r} is missing",
                "expected every feature of data/features.yaml; add it (use support: none if it is not available)",
            )
