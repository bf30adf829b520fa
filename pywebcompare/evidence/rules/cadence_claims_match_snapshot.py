"""A release cadence claimed in prose (monthly, quarterly, "every N months") is held against the
number of stable releases the package-index snapshot shows in the last twelve months."""

import re

from packaging.version import InvalidVersion

from pywebcompare.evidence import index

NAME = "cadence-claims-match-snapshot"
DESCRIPTION = (
    "A strength or weakness that claims a release cadence agrees with the snapshot's releases of the last 12 months."
)
PER_YEAR = {"weekly": 52, "monthly": 12, "quarterly": 4, "yearly": 1, "annual": 1}
NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "six": 6}
EVERY = re.compile(r"\bevery (\d+|one|two|three|four|six) (week|month)s?\b")
WORD = re.compile(r"\b(" + "|".join(PER_YEAR) + r")\b")


def claimed_per_year(text: str) -> int | None:
    text = text.lower()
    if "release" not in text:
        return None
    if found := EVERY.search(text):
        n = int(NUMBERS.get(found.group(1), found.group(1)))
        return (52 if found.group(2) == "week" else 12) // n
    found = WORD.search(text)
    return PER_YEAR[found.group(1)] if found else None


def check(files, today):
    snapshots = files.folder("index")
    for fid, loaded in sorted(files.frameworks.items()):
        if fid not in snapshots:
            continue
        try:
            day = index.as_of([s.data for s in snapshots.values()], today)  # as the pages count it
            seen = index.derived_of(snapshots[fid], day).get("releases_12m")
        except InvalidVersion:
            continue  # an unreadable snapshot is index-snapshots-match-frameworks' to report
        for part in ("strengths", "weaknesses"):
            for i, item in enumerate(loaded.data.get(part) or []):
                wanted = claimed_per_year(item["text"])
                if wanted and seen is not None and seen < wanted:
                    yield (
                        loaded,
                        (part, i, "text"),
                        f"claims about {wanted} releases a year, but the index shows {seen} stable releases in the last 12 months",
                        "expected the claim to match the snapshot: reword it, or refresh the snapshot",
                    )
