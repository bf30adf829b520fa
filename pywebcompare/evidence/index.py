"""Release facts implied by a package-index snapshot (data/index/<id>.yaml) and a date.

Everything here is a pure function of a snapshot, so the build never touches the network; the
snapshots themselves are written by `refresh.py`.
"""

from __future__ import annotations

import datetime as dt
import functools

from packaging.specifiers import InvalidSpecifier, SpecifierSet
from packaging.version import InvalidVersion, Version

from pywebcompare.data.freshness import cutoff
from pywebcompare.data.vocab import fact_words

INDEX_DIR = "data/index"
DORMANT_MONTHS = 18
SLOWING_MONTHS = 12
# The published health rule, in one place: the pages and /api/frameworks.json quote it.
HEALTH_RULE = (
    f"Maintained: a release in the last {SLOWING_MONTHS} months. Slowing: the last release is "
    f"{SLOWING_MONTHS} to {DORMANT_MONTHS} months old. Unmaintained: no release in {DORMANT_MONTHS} months. "
    "Counted from the newest release in the package-index snapshot to the day of the newest snapshot, the one "
    "date every age on the site is counted to."
)
LABEL_ROOM = 48  # timeline units between two version labels (the axis is 640 wide)


# -- derived facts (pure) ------------------------------------------------------------------------
def _day(stamp: str | None) -> str | None:
    return stamp[:10] if stamp else None


@functools.lru_cache(maxsize=8192)
def version_of(text: str) -> Version:
    """A parsed version; every build parses the same few thousand, so each is parsed once."""
    return Version(text)


def is_stable(release: dict) -> bool:
    return not release["yanked"] and not version_of(release["version"]).is_prerelease


def latest_stable(releases: list[dict]) -> dict | None:
    stable = [r for r in releases if is_stable(r)]
    return max(stable, key=lambda r: version_of(r["version"]), default=None)


def python_floor(requires: str | None) -> str | None:
    """'>=3.9' -> '3.9'; the highest lower bound of a Requires-Python specifier, None if none."""
    if not requires:
        return None
    try:
        spec = SpecifierSet(requires)
    except InvalidSpecifier:
        return None
    floors = [Version(s.version.removesuffix(".*")) for s in spec if s.operator in (">=", ">", "~=", "==")]
    if not floors:
        return None
    floor = max(floors)
    return ".".join(str(p) for p in floor.release[:2])


def supported_pythons(classifiers: list[str]) -> list[str]:
    """Python versions named by 'Programming Language :: Python :: 3.x' classifiers, oldest first."""
    found = set()
    for c in classifiers:
        parts = [p.strip() for p in c.split("::")]
        if len(parts) == 3 and parts[:2] == ["Programming Language", "Python"] and parts[2].count(".") == 1:
            try:
                found.add(Version(parts[2]))
            except InvalidVersion:
                continue
    return [str(v) for v in sorted(found)]


def license_of(meta: dict) -> str | None:
    if meta["license_expression"]:
        return meta["license_expression"]
    if meta["license"]:
        return meta["license"]
    named = [c.split("::")[-1].strip() for c in meta["classifiers"] if c.startswith("License ::")]
    return " / ".join(named) or None


def development_status(classifiers: list[str]) -> str | None:
    """'Development Status :: 5 - Production/Stable' -> '5 - Production/Stable'."""
    prefix = "Development Status ::"
    return next((c.removeprefix(prefix).strip() for c in classifiers if c.startswith(prefix)), None)


def as_of(snaps, fallback: dt.date) -> dt.date:
    """The one day every age is counted to: the day the newest package-index snapshot was taken (the
    build day only when there is no snapshot). Counting to the build day would make a page's ages grow
    between two builds of the same data, and disagree with what the rankings read from the snapshots."""
    days = [dt.date.fromisoformat(str(s["taken"])[:10]) for s in snaps if isinstance(s, dict) and s.get("taken")]
    return max(days, default=fallback)


def derived_of(loaded, today: dt.date) -> dict:
    """derive() of a loaded snapshot file, computed once per day: the validator and the dataset both ask."""
    cache = loaded.__dict__.setdefault("_derived", {})
    if today not in cache:
        cache[today] = dict(derive(loaded.data, today), source=loaded.name)
    return cache[today]


def derive(snap: dict, today: dt.date) -> dict:
    """Everything the pages show about a framework's releases, from one snapshot and a date."""

    releases = [r for r in snap["releases"] if r["uploaded"]]
    meta = snap["metadata"]
    latest = latest_stable(snap["releases"])
    if latest is None:
        return {"latest": None}
    live = [r for r in releases if not r["yanked"]]
    last = max(live, key=lambda r: r["uploaded"], default=None)
    first = min(releases, key=lambda r: r["uploaded"], default=None)
    year_ago = today - dt.timedelta(days=365)
    last_day = dt.date.fromisoformat(_day(last["uploaded"])) if last else None
    status = development_status(meta["classifiers"])
    return {
        "package": snap["package"],
        "taken": snap["taken"],
        "as_of": today.isoformat(),  # the day the ages below are counted to (as_of())
        "latest": {"version": latest["version"], "date": _day(latest["uploaded"])},
        "min_python": python_floor(latest["requires_python"] or meta["requires_python"]),
        "requires_python": latest["requires_python"] or meta["requires_python"],
        "pythons": supported_pythons(meta["classifiers"]),
        "license": license_of(meta),
        # Declared by the project itself (not only implied by a classifier): the site shows it.
        "license_declared": bool(meta["license_expression"] or meta["license"]),
        "first_release": {"version": first["version"], "date": _day(first["uploaded"])} if first else None,
        "last_release": {"version": last["version"], "date": _day(last["uploaded"])} if last else None,
        "release_count": len(live),
        "releases_12m": sum(1 for r in live if is_stable(r) and _day(r["uploaded"]) > year_ago.isoformat()),
        "days_since_last_release": (today - last_day).days if last_day else None,
        "dormant": bool(last_day and last_day < cutoff(DORMANT_MONTHS, today)),
        "health": health(last_day, today),
        "dormant_months": DORMANT_MONTHS,
        "status": status,
        "inactive": bool(status and "inactive" in status.lower()),
        "dependencies": len(meta["requires_dist"]),
        "requires_dist": meta["requires_dist"],
        "metadata_version": meta["version"],
        "timeline": timeline(snap["releases"], today),
    }


def health(last_day: dt.date | None, today: dt.date) -> str:
    """maintained, slowing or unmaintained, by HEALTH_RULE."""
    if last_day is None or last_day < cutoff(DORMANT_MONTHS, today):
        return "unmaintained"
    return "slowing" if last_day < cutoff(SLOWING_MONTHS, today) else "maintained"


def timeline(releases: list[dict], today: dt.date, width: int = 640) -> dict:
    """Stable releases along a time axis (x in 0..width, by upload day), the oldest version of each
    major labelled, and a per-year table that says the same in words."""
    stable = sorted((r for r in releases if is_stable(r) and r["uploaded"]), key=lambda r: r["uploaded"])
    if not stable:
        return {"width": width, "path": "", "majors": [], "years": [], "ticks": [], "first": None, "last": None}
    start = dt.date.fromisoformat(_day(stable[0]["uploaded"]))
    span = max((today - start).days, 1)

    def x(day: dt.date) -> float:
        return round(width * (day - start).days / span, 1)

    oldest_of_major: dict[int, dict] = {}
    for r in stable:
        major = version_of(r["version"]).major
        if major not in oldest_of_major or version_of(r["version"]) < version_of(oldest_of_major[major]["version"]):
            oldest_of_major[major] = r
    firsts = {id(r) for r in oldest_of_major.values()}
    path, majors, years = [], [], {}
    for r in stable:
        day = dt.date.fromisoformat(_day(r["uploaded"]))
        path.append(f"M{x(day):g} 28V40")  # one path for every mark keeps a page with 400 releases small
        row = years.setdefault(day.year, {"year": day.year, "count": 0, "first": r["version"], "majors": []})
        row["count"] += 1
        row["last"] = r["version"]
        if id(r) in firsts:
            # A label that would overlap the previous one is left out; the table still names it.
            # (the first is always labelled, so a labelled one exists whenever `majors` is not empty)
            room = not majors or x(day) - max(m["x"] for m in majors if m["label"]) >= LABEL_ROOM
            majors.append({"x": x(day), "version": r["version"], "date": day.isoformat(), "label": room})
            row["majors"].append(r["version"])
    ticks = [{"x": x(dt.date(y, 1, 1)), "year": y} for y in range(start.year + 1, today.year + 1)]
    step = max(1, -(-len(ticks) // 8))  # at most eight year labels
    return {
        "width": width,
        "path": "".join(path),
        "majors": majors,
        "years": list(years.values()),
        "ticks": ticks[::step],
        "first": _day(stable[0]["uploaded"]),
        "last": _day(stable[-1]["uploaded"]),
    }


# -- the framework facts a snapshot settles --------------------------------------------------------
COVERED = {key: fact_words(key) for key in ("latest_version", "min_python", "license")}


def covered_facts(derived: dict) -> dict[str, dict]:
    """The framework facts a snapshot settles, shaped like hand-typed facts, sourced to the snapshot
    file (derived["source"], a path in the repository that the site turns into a link)."""
    if derived["latest"] is None:
        return {}  # no stable release: nothing settled (index-snapshots-match-frameworks reports it)
    taken = f"read from the package index on {derived['taken']}"
    out = {
        "latest_version": {
            "value": derived["latest"]["version"],
            "date": derived["latest"]["date"],
            "source": derived["source"],
            "checked": derived["taken"],
            "note": f"Newest release that is neither a pre-release nor yanked, {taken}.",
        }
    }
    if derived["min_python"]:
        out["min_python"] = {
            "value": derived["min_python"],
            "source": derived["source"],
            "checked": derived["taken"],
            "note": f"Requires-Python of {derived['latest']['version']} is {derived['requires_python']}, {taken}.",
        }
    if derived["license_declared"]:
        out["license"] = {
            "value": derived["license"],
            "source": derived["source"],
            "checked": derived["taken"],
            "note": f"Declared in the metadata of {derived['latest']['version']}, {taken}.",
        }
    return out


def same_value(key: str, typed, derived) -> bool:
    """Whether a typed fact says what the snapshot says (versions compared as versions)."""
    if key == "license":
        return str(typed).casefold() == str(derived).casefold()
    try:
        return Version(str(typed)) == Version(str(derived))
    except InvalidVersion:
        return str(typed) == str(derived)
