"""The change log cannot lag the snapshots: the newest entry about a framework's latest version names
the version its package-index snapshot gives (issue 24, item 9: the log still said Django moved to
6.1.2 while every page showed 6.1.3). Releases themselves are listed from the snapshots
(site.compare.changes_newest_first), so such an entry is rarely needed."""

import re

from pywebcompare.evidence import index

NAME = "changes-follow-snapshots"
DESCRIPTION = (
    "In data/changes.yaml, the newest entry of a framework whose summary speaks of its latest version names, as "
    "its last version number, the latest version of the framework's index snapshot."
)
LATEST = re.compile(r"\blatest (stable )?(version|release)\b", re.IGNORECASE)
VERSION = re.compile(r"\b\d+(?:\.\d+)+\b")


def check(files, today):
    log, snapshots = files.get("changes"), files.folder("index")
    if log is None:
        return
    newest: dict[str, int] = {}
    entries = log.data["changes"]
    for i, change in enumerate(entries):
        fid = change.get("framework")
        if fid and LATEST.search(change["summary"]):
            if fid not in newest or str(change["date"]) >= str(entries[newest[fid]]["date"]):
                newest[fid] = i
    for fid, i in sorted(newest.items()):
        snap = snapshots.get(fid)
        try:
            latest = (index.derived_of(snap, today).get("latest") or {}).get("version") if snap else None
        except (ValueError, TypeError):
            continue  # index-snapshots-match-frameworks reports an unreadable snapshot
        named = VERSION.findall(entries[i]["summary"])
        if latest and (not named or named[-1] != latest):
            yield (
                log,
                ("changes", i, "summary"),
                f"the newest entry on {fid}'s latest version names {named[-1] if named else 'no version'} but "
                f"{snap.name} gives {latest}",
                "expected the log to follow the snapshot; releases are listed from the snapshots, so drop or correct it",
            )
