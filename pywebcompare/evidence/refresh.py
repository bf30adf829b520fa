"""Refresh the package-index snapshots: the only code that reads a package index.

`refresh` reads the index pip is configured to use (its JSON Simple API, PEP 691, with PEP 700's
upload times) and the metadata of the newest stable release (the separate metadata file of PEP
658/714 when the index offers one, else the METADATA inside the wheel), and writes one snapshot per
framework to data/index/<id>.yaml. The index's address comes from pip's configuration; none is
written into the project.

Nothing the index sends is trusted: file URLs are resolved against the page and must use the
index's own scheme (https; plain http only for an index on 127.0.0.1, as the tests use), every
download and every archive member read has a size cap, every malformed answer becomes one
RefreshError naming the package (the others still refresh), and a snapshot is written whole, after
it passes its schema, or not at all. `collect.py` reads releases through the same client.
"""

from __future__ import annotations

import dataclasses
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
from urllib.parse import urldefrag, urljoin, urlsplit

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
from pywebcompare.data.vocab import fact_words
from pywebcompare.evidence.index import INDEX_DIR, derive, latest_stable

ACCEPT_JSON = "application/vnd.pypi.simple.v1+json"
MiB = 2**20
# Caps on what is read: a project page (the largest of the frameworks' is about 1 MiB), a wheel or
# sdist (the largest is about 8 MiB), a metadata file, and the archive members read and scanned.
MAX_PAGE = 32 * MiB
MAX_FILE = 64 * MiB
MAX_METADATA = 4 * MiB
MAX_MEMBERS = 20_000
LOOPBACK = "127.0.0.1"

Fetch = Callable[[str, str, int], bytes]  # (url, accept header, byte limit) -> body; raises FetchError


class FetchError(Exception):
    """The index could not be reached, answered with an error status, or sent too much."""

    def __init__(self, url: str, reason: str, status: int | None = None):
        self.url, self.reason, self.status = url, reason, status
        super().__init__(f"{url}: {reason}")


class RefreshError(Exception):
    """One package could not be refreshed; the message says why in a contributor's words."""


# -- which URLs the index may send us to ------------------------------------------------------------
def allowed(url: str, scheme: str) -> bool:
    """Whether `url` uses `scheme`, https, or http on 127.0.0.1 only (the tests' local index)."""
    parts = urlsplit(url)
    if parts.scheme != scheme or not parts.hostname:
        return False
    return scheme == "https" or (scheme == "http" and parts.hostname == LOOPBACK)


@dataclasses.dataclass(frozen=True)
class Index:
    """The index's JSON Simple API root, and the one scheme every URL it sends must use."""

    base: str

    def __post_init__(self):
        scheme = urlsplit(self.base).scheme
        if not allowed(self.base, scheme) or scheme not in ("https", "http"):
            raise RefreshError(
                f"the package index {self.base!r} is not an https:// address (plain http is accepted "
                f"only on {LOOPBACK}, for tests); set PIP_INDEX_URL to the index's https:// simple API"
            )

    @property
    def scheme(self) -> str:
        return urlsplit(self.base).scheme

    def project_url(self, package: str) -> str:
        return f"{self.base.rstrip('/')}/{canonicalize_name(package)}/"

    def file_url(self, page_url: str, href: str, filename: str) -> str:
        """A file's URL from the page, resolved against the page (PEP 691 allows relative URLs)."""
        url = urldefrag(urljoin(page_url, href)).url
        if not allowed(url, self.scheme):
            raise RefreshError(
                f"{filename}: the index gave the URL {short_url(url)!r}, which does not use the index's "
                f"own scheme ({self.scheme}://); not downloaded"
            )
        return url


def short_url(url: str, room: int = 120) -> str:
    return url if len(url) <= room else url[: room - 1] + "…"


# -- reading the index (the only part that touches the network) ------------------------------------
class _SameScheme(urllib.request.HTTPRedirectHandler):
    """Follow a redirect only to a URL of the same scheme (never to file:// or ftp://)."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        target = urljoin(req.full_url, newurl)
        if not allowed(target, urlsplit(req.full_url).scheme):
            raise FetchError(req.full_url, f"redirected to {short_url(target)!r}, another scheme or host; refused")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


_OPENER = urllib.request.build_opener(_SameScheme)


def http_fetch(url: str, accept: str = "*/*", limit: int = MAX_FILE, timeout: float = 60) -> bytes:
    """GET an https URL (http on 127.0.0.1) reading at most `limit` bytes; any failure is a FetchError."""
    if not allowed(url, urlsplit(url).scheme):
        raise FetchError(url, f"only https:// URLs are read (http:// only on {LOOPBACK}); refused")
    request = urllib.request.Request(url, headers={"Accept": accept, "User-Agent": "pyweb-compare-refresh"})
    try:
        with _OPENER.open(request, timeout=timeout) as response:
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > limit:
                raise FetchError(url, f"response of {int(declared)} bytes is larger than the {limit // MiB} MiB cap")
            body = response.read(limit + 1)
    except urllib.error.HTTPError as err:
        raise FetchError(url, f"HTTP {err.code} {err.reason}", err.code) from err
    except (urllib.error.URLError, TimeoutError, OSError, ValueError) as err:
        raise FetchError(url, f"network error: {getattr(err, 'reason', err)}") from err
    if len(body) > limit:
        raise FetchError(url, f"response larger than the {limit // MiB} MiB cap")
    return body


def project_page(package: str, fetch: Fetch, index: Index) -> tuple[str, list[dict]]:
    """The project page's URL and its checked list of files (PEP 691 JSON)."""
    url = index.project_url(package)
    try:
        body = fetch(url, ACCEPT_JSON, MAX_PAGE)
    except FetchError as err:
        if err.status == 404:
            raise RefreshError(f"package {package!r} is not on the index ({url} answered 404)") from err
        raise RefreshError(f"could not read {url}: {err.reason}") from err
    try:
        page = json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise RefreshError(f"malformed response from {url}: not JSON ({err}); expected the PEP 691 JSON API") from err
    return url, _files_of(page, url, index)


def take_snapshot(package: str, fetch: Fetch, index: Index, taken: dt.date) -> dict:
    """Every release of `package` and the metadata of its newest stable release, as plain data."""
    url, files = project_page(package, fetch, index)
    releases = _releases(package, files)
    latest = latest_stable(releases)
    if latest is None:
        raise RefreshError(f"package {package!r} has no stable release that is not yanked")
    metadata = _metadata(package, latest["version"], files, fetch, index, url)
    return {"package": package, "taken": taken.isoformat(), "metadata": metadata, "releases": releases}


# Optional fields of a file entry (PEP 691, 700, 714) and the JSON types each may have.
FILE_FIELDS = {
    "hashes": (dict,),
    "requires-python": (str, type(None)),
    "upload-time": (str, type(None)),
    "yanked": (bool, str),
    "core-metadata": (bool, dict),
    "dist-info-metadata": (bool, dict),
    "size": (int,),
}


def _files_of(page, url: str, index: Index) -> list[dict]:
    if not isinstance(page, dict) or not isinstance(page.get("files"), list):
        raise RefreshError(f"malformed response from {url}: no list of files; expected the PEP 691 JSON API")
    meta = page.get("meta") if isinstance(page.get("meta"), dict) else {}
    major = str(meta.get("api-version", "1")).split(".")[0]
    if major != "1":
        raise RefreshError(f"malformed response from {url}: API version {major}; expected version 1")
    for i, f in enumerate(page["files"]):
        if not isinstance(f, dict) or not isinstance(f.get("filename"), str) or not isinstance(f.get("url"), str):
            raise RefreshError(f"malformed response from {url}: file {i} has no filename or url")
        for key, types in FILE_FIELDS.items():
            if key in f and not isinstance(f[key], types):
                raise RefreshError(
                    f"malformed response from {url}: file {i} ({f['filename']!r}) has a {key} of the wrong type"
                )
        for name in ("hashes", "core-metadata", "dist-info-metadata"):
            if isinstance(f.get(name), dict) and not all(isinstance(v, str) for v in f[name].values()):
                raise RefreshError(
                    f"malformed response from {url}: file {i} ({f['filename']!r}) has a {name} that is not text"
                )
    return page["files"]


def file_version(package: str, filename: str) -> Version | None:
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
        version = file_version(package, f["filename"])
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


def _metadata(package: str, version: str, files: list[dict], fetch: Fetch, index: Index, page_url: str) -> dict:
    """The metadata of a wheel of `version` (a pure-Python one first), or PKG-INFO of its sdist:
    from the index's separate metadata file (PEP 658/714) when it offers one, else from the archive."""
    mine = [f for f in files if file_version(package, f["filename"]) == Version(version) and not f.get("yanked")]
    wheels = sorted((f for f in mine if f["filename"].endswith(".whl")), key=lambda f: "none-any" not in f["filename"])
    sdists = [f for f in mine if f["filename"].endswith((".tar.gz", ".zip"))]
    if not wheels and not sdists:
        raise RefreshError(f"package {package!r} {version} has neither a wheel nor an sdist to read metadata from")
    chosen = (wheels or sdists)[0]
    name = chosen["filename"]
    url = index.file_url(page_url, chosen["url"], name)
    offered = chosen.get("core-metadata", chosen.get("dist-info-metadata"))
    if offered:
        body = _download(url + ".metadata", f"the metadata file of {name}", MAX_METADATA, fetch)
        _check_hash(body, offered if isinstance(offered, dict) else {}, f"the metadata file of {name}")
        text = _decode(body, name)
    else:
        body = _download(url, name, MAX_FILE, fetch)
        _check_hash(body, chosen.get("hashes") or {}, name)
        try:
            text = _decode(_metadata_bytes(name, body), name)
        except (zipfile.BadZipFile, tarfile.TarError, EOFError, OSError, KeyError) as err:
            raise RefreshError(f"could not read the metadata in {name}: {err}") from err
    meta = parse_metadata(text, name)
    try:
        same = Version(meta["version"]) == Version(version)
    except InvalidVersion:
        same = False
    if not same:
        raise RefreshError(f"the metadata of {name} names version {meta['version']!r}, not {version}")
    return meta


def _download(url: str, what: str, limit: int, fetch: Fetch) -> bytes:
    try:
        return fetch(url, "*/*", limit)
    except FetchError as err:
        raise RefreshError(f"could not download {what}: {err.reason}") from err


def _check_hash(body: bytes, hashes: dict, what: str) -> None:
    want = hashes.get("sha256")
    if want and hashlib.sha256(body).hexdigest() != want.lower():
        raise RefreshError(f"{what} does not match the sha256 the index lists; not used")


def _decode(body: bytes, filename: str) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as err:
        raise RefreshError(f"the metadata of {filename} is not UTF-8 text ({err})") from err


def _capped(read, size: int, what: str) -> bytes:
    """Read at most MAX_METADATA bytes of an archive member, whatever size its header declares."""
    if size > MAX_METADATA:
        raise RefreshError(f"{what} would unpack to {size} bytes, more than the {MAX_METADATA // MiB} MiB cap")
    body = read(MAX_METADATA + 1)
    if len(body) > MAX_METADATA:
        raise RefreshError(f"{what} unpacks to more than the {MAX_METADATA // MiB} MiB cap")
    return body


def _metadata_bytes(filename: str, body: bytes) -> bytes:
    """The METADATA (wheel) or PKG-INFO (sdist) member of an archive, read under the caps."""
    if filename.endswith(".tar.gz"):
        # Streamed: members are read in order, the first top-level PKG-INFO wins, at most MAX_MEMBERS.
        with tarfile.open(fileobj=io.BytesIO(body), mode="r|gz") as tar:
            for count, member in enumerate(tar):
                if count >= MAX_MEMBERS:
                    break
                if member.isfile() and member.name.count("/") == 1 and member.name.endswith("/PKG-INFO"):
                    return _capped(tar.extractfile(member).read, member.size, f"PKG-INFO of {filename}")
        raise KeyError("no PKG-INFO")
    with zipfile.ZipFile(io.BytesIO(body)) as archive:
        infos = archive.infolist()
        if len(infos) > MAX_MEMBERS:
            raise RefreshError(f"{filename} lists {len(infos)} files, more than {MAX_MEMBERS}; not read")
        suffix = "/METADATA" if filename.endswith(".whl") else "/PKG-INFO"
        found = [i for i in infos if i.filename.count("/") == 1 and i.filename.endswith(suffix)]
        if filename.endswith(".whl"):
            found = [i for i in found if i.filename.split("/")[0].endswith(".dist-info")]
        if not found:
            raise KeyError(f"no {suffix[1:]}")
        info = min(found, key=lambda i: i.filename)
        with archive.open(info) as member:
            return _capped(member.read, info.file_size, f"{suffix[1:]} of {filename}")


def _metadata_text(filename: str, body: bytes) -> str:
    """The metadata text of a downloaded archive (the recorder and the tests read it too)."""
    return _decode(_metadata_bytes(filename, body), filename)


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


def checked_dump(snap: dict) -> str:
    """dump(snap), once the snapshot it writes reads back as valid against schemas/index.schema.json."""
    from pywebcompare.data import schema
    from pywebcompare.data.yamlsafe import Loaded, load_text

    text = dump(snap)
    loaded = load_text(text, Loaded("the new snapshot"))
    if not loaded.problems:
        schema.check(loaded, "index.schema.json")
    if loaded.problems:
        raise RefreshError(
            f"what the index sent does not make a valid snapshot ({loaded.problems[0]}); nothing written"
        )
    return text


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
    ("latest", fact_words("latest_version")),
    ("min_python", fact_words("min_python")),
    ("pythons", "supported Pythons"),
    ("license", fact_words("license")),
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

    try:
        index = Index(base)
    except RefreshError as error:
        print(error, file=err)
        return 2
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
            snap = take_snapshot(package, fetch, index, today)
            text = checked_dump(snap)
        except RefreshError as error:
            print(f"{fid} ({package}): {error}", file=err)
            failed.append(fid)
            continue
        path = root / INDEX_DIR / f"{fid}.yaml"
        old = load_file(path).data if path.exists() else None
        write_atomically(path, text)
        lines = moves(old, snap, today)
        print(f"{fid} ({package}): " + ("; ".join(lines) if lines else "nothing moved"), file=out)
    if failed:
        print(f"{len(failed)} of {len(ids or packages)} not refreshed: {', '.join(failed)}", file=err)
        return 1
    return 0
