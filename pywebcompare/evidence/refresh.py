"""Refresh the package-index snapshots: the only code that touches the network.

`refresh` reads the index pip is configured to use (its JSON Simple API, PEP 691, with PEP 700's
upload times) and the METADATA of the newest stable release's wheel, and writes one snapshot per
framework to data/index/<id>.yaml. The index's address comes from pip's configuration; none is
written into the project.
"""

from __future__ import annotations

import datetime as dt
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
from packaging.utils import (
    InvalidSdistFilename,
    InvalidWheelFilename,
    canonicalize_name,
    parse_sdist_filename,
    parse_wheel_filename,
)
from packaging.version import InvalidVersion, Version

from pywebcompare.data.profiles import FRAMEWORKS, profiles
from pywebcompare.evidence.index import INDEX_DIR, derive, latest_stable

ACCEPT_JSON = "application/vnd.pypi.simple.v1+json"
MAX_RESPONSE = 64 * 1024 * 1024  # the largest wheel of the 14 frameworks is about 8 MB

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
    from pywebcompare.data.yamlsafe import load_file

    packages = {fid: p.package for fid, p in profiles(root).items()}
    failed = []
    for fid in ids or sorted(packages):
        package = packages.get(fid)
        if not isinstance(package, str):
            print(
                f"{fid}: no package name; add `package: {{name: <name on the index>, import: <module>}}` to {FRAMEWORKS}/{fid}.yaml",
                file=err,
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
