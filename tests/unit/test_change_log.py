"""The change log follows the data's own changes (issue 24, item 9): its release entries come from the
package-index snapshots, so the newest entry about a framework's release names the version the pages
show, and the log reaches the day the newest snapshot was taken."""

from __future__ import annotations

import re

from pywebcompare.evidence import assemble
from pywebcompare.site.compare import RELEASES_LISTED_DAYS, changes_newest_first

DATA = assemble.load()
VERSION = re.compile(r"\b\d+(?:\.\d+)+\b")
RELEASE = re.compile(r"\breleased\b|\blatest (stable )?(version|release)\b|\bmoved (from|to)\b", re.IGNORECASE)


def test_the_newest_entry_naming_a_version_of_a_framework_names_the_version_the_pages_show():
    log = changes_newest_first(DATA)
    checked = 0
    for fid, derived in DATA.index.items():
        naming = [
            c
            for c in log
            if c.get("framework") == fid and RELEASE.search(c["summary"]) and VERSION.search(c["summary"])
        ]
        recent = derived["days_since_last_release"] <= RELEASES_LISTED_DAYS
        if not naming:
            assert not recent, f"{fid}'s release of {derived['latest']['date']} is not in the log"
            continue
        assert VERSION.findall(naming[0]["summary"])[0] == derived["latest"]["version"], (fid, naming[0])
        checked += 1
    assert checked >= 5
    django = next(c for c in log if c.get("framework") == "django" and RELEASE.search(c["summary"]))
    assert DATA.frameworks["django"]["facts"]["latest_version"]["value"] in django["summary"]


def test_the_log_reaches_the_newest_snapshot_day():
    newest = max(str(d["taken"])[:10] for d in DATA.index.values())
    assert str(changes_newest_first(DATA)[0]["date"]) == newest
