"""Release facts taken from the package index pip is configured to use, and what they imply.

`refresh` reads the index's JSON Simple API (PEP 691, with PEP 700's upload times) and the
METADATA of the newest stable release's wheel, and writes one snapshot per framework to
data/index/<id>.yaml. Everything else here is a pure function of a snapshot and a date, so the
build never touches the network. The index's address comes from pip's configuration; none is
written into the project.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import io
import json
import os
import tarfile
import tempfile
import urllib.error
import urllib.request
import zipfile
from collections.abc import Callable
from email.parser import HeaderParser
from pathlib import Path

from packaging.requirements import InvalidRequirement, Requirement
from packaging.specifiers import InvalidSpecifier, SpecifierSet
from packaging.utils import (
    InvalidSdistFilename,
    InvalidWheelFilename,
    canonicalize_name,
    parse_sdist_filename,
    parse_wheel_filename,
)
from packaging.version import InvalidVersion, Version

INDEX_DIR = "data/index"
PACKAGES_FILE = "data/packages.yaml"
ACCEPT_JSON = "application/vnd.pypi.simple.v1+json"
MAX_RESPONSE = 64 * 1024 * 1024  # the largest wheel of the 14 frameworks is about 8 MB
DORMANT_MONTHS = 18
LABEL_ROOM = 48  # timeline units between two version labels (the axis is 640 wide)

Fetch = Callable[[str, str], bytes]  # (url, accept header) -> body; raises FetchError


class FetchError(Exception):
    """The index could not be reached or answered with an error status."""

    def __init__(self, url: str, reason: str, status: int | None = None):
        self.url, self.reason, self.status = url, reason, status
        super().__init__(f"{url}: {reason}")


class RefreshError(Exception):
    """One package could not be refreshed; the message says why in a contributor's words."""


# -- reading the index (the only part that touches the network) ------------------------------------
def http_fetch(url: str, accept: str = "*/*", timeout: float = 60) -> bytes:
    """GET a URL with urllib; any failure becomes a FetchError naming the URL."""
    request = urllib.request.Request(url, headers={"Accept": accept, "User-Agent": "pyweb-compare-refresh"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body = response.read(MAX_RESPONSE + 1)
    except urllib.error.HTTPError as err:
        raise FetchError(url, f"HTTP {err.code} {err.reason}", err.code) from err
    except (urllib.error.URLError, TimeoutError, OSError) as err:
        raise FetchError(url, f"network error: {getattr(err, 'reason', err)}") from err
    if len(body) > MAX_RESPONSE:
        raise FetchError(url, f"response larger than {MAX_RESPONSE // 2**20} MiB")
    return body


def project_url(base: str, package: str) -> str:
    return f"{base.rstrip('/')}/{canonicalize_name(package)}/"


def take_snapshot(package: str, fetch: Fetch, base: str, taken: dt.date) -> dict:
    """Every release of `package` and the metadata of its newest stable release, as plain data."""
    url = project_url(base, package)
    try:
        body = fetch(url, ACCEPT_JSON)
    except FetchError as err:
        if err.status == 404:
            raise RefreshError(f"package {package!r} is not on the index ({url} answered 404)") from err
        raise RefreshError(f"could not read {url}: {err.reason}") from err
    try:
        page = json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise RefreshError(f"malformed response from {url}: not JSON ({err}); expected the PEP 691 JSON API") from err
    files = _files_of(page, url)
    releases = _releases(package, files)
    latest = latest_stable(releases)
    if latest is None:
        raise RefreshError(f"package {package!r} has no stable release that is not yanked")
    metadata = _metadata(package, latest["version"], files, fetch)
    return {
        "package": package,
        "index": url,
        "taken": taken.isoformat(),
        "metadata": metadata,
        "releases": releases,
    }


def _files_of(page, url: str) -> list[dict]:
    if not isinstance(page, dict) or not isinstance(page.get("files"), list):
        raise RefreshError(f"malformed response from {url}: no list of files; expected the PEP 691 JSON API")
    major = str((page.get("meta") or {}).get("api-version", "1")).split(".")[0]
    if major != "1":
        raise RefreshError(f"malformed response from {url}: API version {major}; expected version 1")
    for i, f in enumerate(page["files"]):
        if not isinstance(f, dict) or not isinstance(f.get("filename"), str) or not isinstance(f.get("url"), str):
            raise RefreshError(f"malformed response from {url}: file {i} has no filename or url")
    return page["files"]


def _file_version(package: str, filename: str) -> Version | None:
    """The version a distribution file belongs to, or None for names no tool can read."""
    try:
        if filename.endswith(".whl"):
            return parse_wheel_filename(filename)[1]
        return parse_sdist_filename(filename)[1]
    except (InvalidWheelFilename, InvalidSdistFilename, InvalidVersion):
        pass
    # Old formats (.egg, .exe, .tar.bz2): name-version followed by a dot or dash.
    stem = filename.lower().replace("_", "-")
    prefix = canonicalize_name(package) + "-"
    if not stem.startswith(prefix):
        return None
    rest = stem[len(prefix) :]
    for cut in range(len(rest), 0, -1):
        if rest[cut - 1 : cut] and (cut == len(rest) or rest[cut] in ".-"):
            try:
                version = Version(rest[:cut])
            except InvalidVersion:
                continue
            if str(version) != "0":
                return version
    return None


def _releases(package: str, files: list[dict]) -> list[dict]:
    """One entry per version: first upload time, requires-python, yanked only if every file is."""
    by_version: dict[Version, list[dict]] = {}
    for f in files:
        version = _file_version(package, f["filename"])
        if version is not None:
            by_version.setdefault(version, []).append(f)
    out = []
    for version in sorted(by_version):
        group = by_version[version]
        times = sorted(t for f in group if isinstance(t := f.get("upload-time"), str))
        requires = next((r for f in group if (r := f.get("requires-python"))), None)
        out.append(
            {
                "version": str(version),
                "uploaded": times[0] if times else None,
                "requires_python": requires,
                "yanked": all(bool(f.get("yanked")) for f in group),
            }
        )
    return out


def _metadata(package: str, version: str, files: list[dict], fetch: Fetch) -> dict:
    """METADATA of a wheel of `version` (a pure-Python one first), or PKG-INFO of its sdist."""
    mine = [f for f in files if _file_version(package, f["filename"]) == Version(version) and not f.get("yanked")]
    wheels = sorted((f for f in mine if f["filename"].endswith(".whl")), key=lambda f: "none-any" not in f["filename"])
    sdists = [f for f in mine if f["filename"].endswith((".tar.gz", ".zip"))]
    if not wheels and not sdists:
        raise RefreshError(f"package {package!r} {version} has neither a wheel nor an sdist to read metadata from")
    chosen = (wheels or sdists)[0]
    try:
        body = fetch(chosen["url"], "*/*")
    except FetchError as err:
        raise RefreshError(f"could not download {chosen['filename']}: {err.reason}") from err
    want = (chosen.get("hashes") or {}).get("sha256")
    if want and hashlib.sha256(body).hexdigest() != want:
        raise RefreshError(f"{chosen['filename']} does not match the sha256 the index lists; not used")
    try:
        text = _metadata_text(chosen["filename"], body)
    except (zipfile.BadZipFile, tarfile.TarError, KeyError, UnicodeDecodeError) as err:
        raise RefreshError(f"could not read the metadata in {chosen['filename']}: {err}") from err
    return parse_metadata(text, chosen["filename"])


def _metadata_text(filename: str, body: bytes) -> str:
    if filename.endswith(".tar.gz"):
        with tarfile.open(fileobj=io.BytesIO(body), mode="r:gz") as tar:
            member = min(
                (m for m in tar.getmembers() if m.name.count("/") == 1 and m.name.endswith("/PKG-INFO")),
                key=lambda m: m.name,
                default=None,
            )
            if member is None:
                raise KeyError("no PKG-INFO")
            return tar.extractfile(member).read().decode("utf-8")
    with zipfile.ZipFile(io.BytesIO(body)) as archive:
        suffix = "/METADATA" if filename.endswith(".whl") else "/PKG-INFO"
        names = [n for n in archive.namelist() if n.count("/") == 1 and n.endswith(suffix)]
        if filename.endswith(".whl"):
            names = [n for n in names if n.split("/")[0].endswith(".dist-info")]
        if not names:
            raise KeyError(f"no {suffix[1:]}")
        return archive.read(min(names)).decode("utf-8")


def parse_metadata(text: str, filename: str) -> dict:
    """The facts of a METADATA file the site uses; Requires-Dist only without extras."""
    msg = HeaderParser().parsestr(text)
    required = []
    for line in msg.get_all("Requires-Dist") or []:
        try:
            req = Requirement(line)
        except InvalidRequirement:
            continue
        if req.marker is None or "extra" not in str(req.marker):
            required.append(str(req))
    license_text = (msg.get("License") or "").strip()
    return {
        "version": msg.get("Version", "").strip(),
        "file": filename,
        "license_expression": (msg.get("License-Expression") or "").strip() or None,
        # The License field sometimes holds a whole licence text; only a short name is useful.
        "license": license_text if license_text and len(license_text) <= 80 and "\n" not in license_text else None,
        "requires_python": (msg.get("Requires-Python") or "").strip() or None,
        "classifiers": [c.strip() for c in msg.get_all("Classifier") or []],
        "requires_dist": sorted(required, key=str.casefold),
    }


# -- writing snapshots -------------------------------------------------------------------------
def dump(snap: dict) -> str:
    """A snapshot as YAML: one line per release so a pull request shows each move plainly.

    Every scalar is written as JSON, which YAML reads back unchanged.
    """
    j = json.dumps
    meta = snap["metadata"]
    lines = [
        "# yaml-language-server: $schema=../../schemas/index.schema.json",
        "# Written by `python -m pywebcompare refresh`; do not edit by hand.",
        f"package: {j(snap['package'])}",
        f"index: {j(snap['index'])}",
        f"taken: {snap['taken']}",
        "metadata:",
    ]
    for key in ("version", "file", "license_expression", "license", "requires_python"):
        lines.append(f"  {key}: {j(meta[key])}")
    for key in ("classifiers", "requires_dist"):
        lines.append(f"  {key}:" + ("" if meta[key] else " []"))
        lines += [f"    - {j(item)}" for item in meta[key]]
    lines.append("releases:")
    for r in snap["releases"]:
        lines.append(
            f"  - {{version: {j(r['version'])}, uploaded: {j(r['uploaded'])}, "
            f"requires_python: {j(r['requires_python'])}, yanked: {j(r['yanked'])}}}"
        )
    return "\n".join(lines) + "\n"


def write_atomically(path: Path, text: str) -> None:
    """Write to a temporary file beside `path`, then rename: a reader sees the old file or the new."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def moves(old: dict | None, new: dict, today: dt.date) -> list[str]:
    """What a reader would see change, one 'fact: old -> new' line each."""
    after = derive(new, today)
    try:
        before = derive(old, today) if old is not None else None
    except (KeyError, TypeError, ValueError):
        before = None  # an old snapshot that cannot be read is simply replaced
    if before is None or before["latest"] is None:
        return [f"new snapshot: latest {after['latest']['version']} ({after['latest']['date']})"]
    out = []
    for key, label in MOVED:
        a, b = _shown(before, key), _shown(after, key)
        if a != b:
            out.append(f"{label}: {a} -> {b}")
    return out


MOVED = [
    ("latest", "latest version"),
    ("min_python", "minimum Python"),
    ("pythons", "supported Pythons"),
    ("license", "license"),
    ("status", "development status"),
    ("dependencies", "required dependencies"),
    ("last_release", "last release"),
    ("release_count", "releases on the index"),
]


def _shown(facts: dict, key: str) -> str:
    value = facts[key]
    if isinstance(value, dict):
        return f"{value['version']} ({value['date']})"
    if isinstance(value, list):
        return ", ".join(value) or "none"
    return "none" if value is None else str(value)


def refresh(root: Path, ids: list[str], fetch: Fetch, base: str, today: dt.date, out, err) -> int:
    """Refresh the snapshots of `ids` (all mapped frameworks when empty); 1 if any failed."""
    from .yamlsafe import load_file

    if not (root / PACKAGES_FILE).exists():
        print(f"{PACKAGES_FILE} is missing; expected it to map each framework id to its package name", file=err)
        return 1
    mapping = load_file(root / PACKAGES_FILE, PACKAGES_FILE)
    if mapping.problems or not isinstance(mapping.data, dict):
        for p in mapping.problems:
            print(p, file=err)
        print(f"{PACKAGES_FILE}: expected a mapping of framework id to package name", file=err)
        return 1
    packages = mapping.data.get("packages") or {}
    failed = []
    for fid in ids or sorted(packages):
        package = packages.get(fid)
        if not isinstance(package, str):
            print(
                f"{fid}: no package name; add `{fid}: <name on the index>` under packages in {PACKAGES_FILE}", file=err
            )
            failed.append(fid)
            continue
        try:
            snap = take_snapshot(package, fetch, base, today)
        except RefreshError as error:
            print(f"{fid} ({package}): {error}", file=err)
            failed.append(fid)
            continue
        path = root / INDEX_DIR / f"{fid}.yaml"
        old = load_file(path).data if path.exists() else None
        write_atomically(path, dump(snap))
        lines = moves(old, snap, today)
        print(f"{fid} ({package}): " + ("; ".join(lines) if lines else "nothing moved"), file=out)
    if failed:
        print(f"{len(failed)} of {len(ids or packages)} not refreshed: {', '.join(failed)}", file=err)
        return 1
    return 0


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
    floors = [Version(s.version.rstrip(".*")) for s in spec if s.operator in (">=", ">", "~=", "==")]
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
    return next((c.split("::", 1)[1].strip() for c in classifiers if c.startswith("Development Status ::")), None)


def derived_of(loaded, today: dt.date) -> dict:
    """derive() of a loaded snapshot file, computed once per day: the validator and the dataset both ask."""
    cache = loaded.__dict__.setdefault("_derived", {})
    if today not in cache:
        cache[today] = derive(loaded.data, today)
    return cache[today]


def derive(snap: dict, today: dt.date) -> dict:
    """Everything the pages show about a framework's releases, from one snapshot and a date."""
    from .freshness import cutoff  # freshness imports dataset, which imports this module

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
        "index": snap["index"],
        "taken": snap["taken"],
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
        "dormant_months": DORMANT_MONTHS,
        "status": status,
        "inactive": bool(status and "inactive" in status.lower()),
        "dependencies": len(meta["requires_dist"]),
        "requires_dist": meta["requires_dist"],
        "metadata_version": meta["version"],
        "timeline": timeline(snap["releases"], today),
    }


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
            room = not majors or x(day) - max((m["x"] for m in majors if m["label"]), default=-99) >= LABEL_ROOM
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
COVERED = {"latest_version": "latest version", "min_python": "minimum Python", "license": "licence"}


def covered_facts(derived: dict) -> dict[str, dict]:
    """The framework facts a snapshot settles, shaped like hand-typed facts, sourced to the index."""
    taken = f"read from the package index on {derived['taken']}"
    out = {
        "latest_version": {
            "value": derived["latest"]["version"],
            "date": derived["latest"]["date"],
            "source": derived["index"],
            "checked": derived["taken"],
            "note": f"Newest release that is neither a pre-release nor yanked, {taken}.",
        }
    }
    if derived["min_python"]:
        out["min_python"] = {
            "value": derived["min_python"],
            "source": derived["index"],
            "checked": derived["taken"],
            "note": f"Requires-Python of {derived['latest']['version']} is {derived['requires_python']}, {taken}.",
        }
    if derived["license_declared"]:
        out["license"] = {
            "value": derived["license"],
            "source": derived["index"],
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
