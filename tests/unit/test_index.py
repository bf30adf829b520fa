"""The package index refresh, replayed on recorded responses (tests/fixtures/index/record.py).

The fetcher is the only thing replaced: it serves the recorded page and wheel for a URL, or fails
the way the network or the index would. Everything after it is the real refresh.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import shutil
from pathlib import Path

import pytest
import yaml
from packaging.version import Version

from pywebcompare.data.yamlsafe import load_file
from pywebcompare.evidence import assemble, index, refresh
from pywebcompare.site.pages import Site, at_a_glance, framework_page
from pywebcompare.site.urls import Links

RECORDED = Path(__file__).resolve().parent.parent / "fixtures" / "index"
FIXTURE_DATA = Path(__file__).resolve().parent.parent / "fixtures" / "data"
BASE = "https://index.test/simple/"  # any base: the recorded pages are served whatever the host
TODAY = dt.date(2026, 11, 30)


def recorded_page(name: str) -> dict:
    return json.loads((RECORDED / f"{name}.json").read_text())


class Recorded:
    """Serves recorded responses by URL; `fail` maps a URL to the error to raise, `body` to a
    different answer. Remembers every URL asked for."""

    def __init__(self, fail=None, body=None):
        self.fail, self.body, self.asked = fail or {}, body or {}, []

    def __call__(self, url: str, accept: str) -> bytes:
        self.asked.append(url)
        if url in self.fail:
            raise self.fail[url]
        if url in self.body:
            return self.body[url]
        if url.startswith(BASE):
            name = url[len(BASE) :].strip("/")
            path = RECORDED / f"{name}.json"
            if accept == refresh.ACCEPT_JSON and path.exists():
                return path.read_bytes()
            raise refresh.FetchError(url, "HTTP 404 Not Found", 404)
        wheel = RECORDED / url.rsplit("/", 1)[-1]
        if wheel.exists():
            return wheel.read_bytes()
        raise refresh.FetchError(url, "HTTP 404 Not Found", 404)


@pytest.fixture
def root(tmp_path) -> Path:
    shutil.copytree(FIXTURE_DATA, tmp_path / "data")
    (tmp_path / "data/index").mkdir()
    return tmp_path


def run(root: Path, fetch, ids=()) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = refresh.refresh(root, list(ids), fetch, BASE, TODAY, out, err)
    return status, out.getvalue(), err.getvalue()


def snapshot(root: Path, fid: str) -> dict:
    return load_file(root / f"data/index/{fid}.yaml").data


def drop_typed_facts(root: Path) -> None:
    """Delete the typed facts a snapshot settles from both fixture frameworks, as was done in data/."""
    for fid in ("alpha", "beta"):
        path = root / f"data/frameworks/{fid}.yaml"
        keep = [line for line in path.read_text().splitlines(True) if not line.startswith(COVERED_LINES)]
        path.write_text("".join(keep))


COVERED_LINES = ("  latest_version:", "  min_python:", "  license:")


def newest_by_hand(name: str, keep) -> str:
    """The newest version of the recorded page whose files all pass `keep` (stated plainly, to
    compare the refresh's choice with)."""
    page = recorded_page(name)
    ok = [
        v
        for v in page["versions"]
        if all(keep(f) for f in page["files"] if f"-{v}-" in f["filename"] or f"-{v}." in f["filename"])
    ]
    return str(max(map(Version, ok)))


# -- refresh ----------------------------------------------------------------------------------------
def test_refresh_writes_one_snapshot_per_framework(root):
    status, out, err = run(root, Recorded())
    assert (status, err) == (0, "")
    alpha, beta = snapshot(root, "alpha"), snapshot(root, "beta")
    assert alpha["index"] == BASE + "flask/" and alpha["taken"] == TODAY.isoformat()
    assert [r["version"] for r in alpha["releases"]] == recorded_page("flask")["versions"]
    wheel_text = refresh._metadata_text(alpha["metadata"]["file"], (RECORDED / alpha["metadata"]["file"]).read_bytes())
    assert alpha["metadata"] == refresh.parse_metadata(wheel_text, alpha["metadata"]["file"])
    assert "alpha (Flask): new snapshot: latest 1.1.4" in out and "beta (aiohttp): new snapshot" in out
    assert beta["metadata"]["requires_dist"] and not any("extra" in r for r in beta["metadata"]["requires_dist"])


def test_pre_releases_are_not_the_latest(root):
    run(root, Recorded())
    alpha = snapshot(root, "alpha")
    newest = max(alpha["releases"], key=lambda r: Version(r["version"]))
    assert Version(newest["version"]).is_prerelease  # the recorded page ends with 2.0 release candidates
    facts = index.derive(alpha, TODAY)
    assert facts["latest"]["version"] == newest_by_hand("flask", lambda f: "rc" not in f["filename"]) == "1.1.4"
    # the last release is the newest upload of any kind: 1.1.4 came out after the 2.0 candidates
    assert facts["last_release"]["version"] == max(alpha["releases"], key=lambda r: r["uploaded"])["version"]


def test_yanked_releases_are_skipped(root):
    run(root, Recorded())
    beta = snapshot(root, "beta")
    yanked = {r["version"] for r in beta["releases"] if r["yanked"]}
    assert yanked == {"3.11.17", "4.0.0a1"}  # both yanked on the recorded page, with a reason
    facts = index.derive(beta, TODAY)
    assert facts["latest"]["version"] == newest_by_hand(
        "aiohttp", lambda f: not f["yanked"] and "a1" not in f["filename"]
    )
    assert facts["latest"]["version"] == beta["metadata"]["version"] == "3.11.16"
    assert facts["release_count"] == len(beta["releases"]) - len(yanked)


def test_package_not_found_names_the_package(root):
    path = root / "data/frameworks/beta.yaml"
    path.write_text(path.read_text().replace("package: {name: aiohttp,", "package: {name: no-such-framework,"))
    status, out, err = run(root, Recorded(), ["beta"])
    assert status == 1
    assert "beta (no-such-framework): package 'no-such-framework' is not on the index" in err
    assert "answered 404" in err and "Traceback" not in err
    assert not (root / "data/index/beta.yaml").exists()


def test_network_failure_names_the_package(root):
    fail = {BASE + "aiohttp/": refresh.FetchError(BASE + "aiohttp/", "network error: [Errno -3] Temporary failure")}
    status, out, err = run(root, Recorded(fail=fail), ["beta"])
    assert status == 1
    assert f"beta (aiohttp): could not read {BASE}aiohttp/: network error" in err


def test_the_real_fetcher_reports_a_refused_connection_as_a_fetch_error():
    with pytest.raises(refresh.FetchError, match="network error"):
        refresh.http_fetch("http://127.0.0.1:9/simple/flask/", refresh.ACCEPT_JSON, timeout=5)


@pytest.mark.parametrize(
    "body, words",
    [
        (b"<!DOCTYPE html><html><body>flask</body></html>", "not JSON"),
        (b'{"meta": {"api-version": "1.1"}, "name": "flask"}', "no list of files"),
        (b'{"meta": {"api-version": "2.0"}, "files": []}', "API version 2"),
        (b'{"meta": {"api-version": "1.0"}, "files": [{"url": "x"}]}', "file 0 has no filename"),
    ],
)
def test_malformed_response_names_the_package(root, body, words):
    status, out, err = run(root, Recorded(body={BASE + "flask/": body}), ["alpha"])
    assert status == 1
    assert err.startswith(f"alpha (Flask): malformed response from {BASE}flask/") and words in err
    assert not (root / "data/index/alpha.yaml").exists()


def test_partial_failure_refreshes_the_others_and_exits_non_zero(root):
    fail = {BASE + "aiohttp/": refresh.FetchError(BASE + "aiohttp/", "HTTP 503 Service Unavailable", 503)}
    status, out, err = run(root, Recorded(fail=fail))
    assert status == 1
    assert "beta (aiohttp): could not read" in err and "HTTP 503" in err
    assert "1 of 2 not refreshed: beta" in err
    assert "alpha (Flask): new snapshot" in out and (root / "data/index/alpha.yaml").exists()
    assert not (root / "data/index/beta.yaml").exists()


def test_a_failed_refresh_leaves_the_old_snapshot_whole(root):
    run(root, Recorded())
    before = (root / "data/index/beta.yaml").read_bytes()
    wheel = next(
        f for f in recorded_page("aiohttp")["files"] if f["filename"] == snapshot(root, "beta")["metadata"]["file"]
    )
    fail = {wheel["url"]: refresh.FetchError(wheel["url"], "network error: connection reset")}
    status, out, err = run(root, Recorded(fail=fail), ["beta"])
    assert status == 1 and f"could not download {wheel['filename']}" in err
    assert (root / "data/index/beta.yaml").read_bytes() == before
    assert sorted(p.name for p in (root / "data/index").iterdir()) == ["alpha.yaml", "beta.yaml"]


def test_a_wheel_that_does_not_match_its_hash_is_refused(root):
    page = recorded_page("flask")
    for f in page["files"]:
        f["hashes"] = {"sha256": "0" * 64}
    status, out, err = run(root, Recorded(body={BASE + "flask/": json.dumps(page).encode()}), ["alpha"])
    assert status == 1 and "does not match the sha256 the index lists" in err


def test_writing_is_atomic(tmp_path):
    path = tmp_path / "flask.yaml"
    path.write_text("old: true\n")
    with pytest.raises(UnicodeEncodeError):
        refresh.write_atomically(path, "new: \udc80\n")  # cannot be written as UTF-8, half way through
    assert path.read_text() == "old: true\n" and [p.name for p in tmp_path.iterdir()] == ["flask.yaml"]
    refresh.write_atomically(path, "new: true\n")
    assert path.read_text() == "new: true\n" and [p.name for p in tmp_path.iterdir()] == ["flask.yaml"]


def test_refresh_prints_what_moved(root):
    run(root, Recorded())
    status, out, err = run(root, Recorded(), ["alpha"])
    assert status == 0 and out.strip() == "alpha (Flask): nothing moved"
    # The snapshot as it stood before 1.1.4: refreshing it again moves the latest version on.
    old = snapshot(root, "alpha")
    new_release = next(r for r in old["releases"] if r["version"] == "1.1.4")
    previous = next(r for r in old["releases"] if r["version"] == "1.1.2")
    old["releases"].remove(new_release)
    old["metadata"]["version"] = "1.1.2"
    refresh.write_atomically(root / "data/index/alpha.yaml", refresh.dump(old))
    status, out, err = run(root, Recorded(), ["alpha"])
    moved = f"latest version: 1.1.2 ({previous['uploaded'][:10]}) -> 1.1.4 ({new_release['uploaded'][:10]})"
    assert status == 0 and moved in out and "releases on the index: 3 -> 4" in out


def test_a_framework_without_a_package_name_is_reported(root):
    status, out, err = run(root, Recorded(), ["gamma"])
    assert status == 1 and "gamma: no package name; add `package: {name: <name on the index>" in err


# -- derived facts ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "spec, floor",
    [
        (">=3.9", "3.9"),
        ("<4.0,>=3.8", "3.8"),
        (">=2.7, !=3.0.*, !=3.1.*", "2.7"),
        (">=3.10.2", "3.10"),
        (None, None),
        ("<4", None),
    ],
)
def test_python_floor(spec, floor):
    assert index.python_floor(spec) == floor


def test_maintenance_signals_follow_the_date(root):
    run(root, Recorded())
    alpha = snapshot(root, "alpha")
    last = dt.date.fromisoformat(max(r["uploaded"] for r in alpha["releases"])[:10])
    soon, late = last + dt.timedelta(days=30), last + dt.timedelta(days=600)
    assert index.derive(alpha, soon)["days_since_last_release"] == 30
    assert not index.derive(alpha, soon)["dormant"] and index.derive(alpha, late)["dormant"]
    assert index.derive(alpha, soon)["releases_12m"] == sum(
        1
        for r in alpha["releases"]
        if index.is_stable(r) and r["uploaded"][:10] > (soon - dt.timedelta(days=365)).isoformat()
    )
    assert index.derive(alpha, late)["releases_12m"] == 0


def test_inactive_status_is_flagged():
    classifiers = [
        "Development Status :: 7 - Inactive",
        "Programming Language :: Python :: 3.12",
        "Programming Language :: Python :: 3.9",
    ]
    assert index.development_status(classifiers) == "7 - Inactive"
    assert index.supported_pythons(classifiers) == ["3.9", "3.12"]


# -- validation and pages -------------------------------------------------------------------------
def test_typed_facts_must_agree_with_the_snapshot(root):
    run(root, Recorded())
    files, problems = assemble.validate(root, TODAY)
    alpha_latest = index.derive(snapshot(root, "alpha"), TODAY)["latest"]["version"]
    typed = yaml.safe_load((root / "data/frameworks/alpha.yaml").read_text())["facts"]["latest_version"]["value"]
    wanted = f"facts.latest_version.value: typed {typed!r} but the index snapshot data/index/alpha.yaml says {alpha_latest!r}"
    assert any(str(p).startswith("data/frameworks/alpha.yaml:11:") and wanted in str(p) for p in problems), problems


def test_snapshot_facts_replace_removed_typed_facts(root):
    run(root, Recorded())
    drop_typed_facts(root)
    data = assemble.load(root, TODAY)
    beta = snapshot(root, "beta")
    facts = data.frameworks["beta"]["facts"]
    assert facts["latest_version"]["value"] == beta["metadata"]["version"]
    assert facts["min_python"]["value"] == index.python_floor(beta["metadata"]["requires_python"])
    assert facts["latest_version"]["source"] == beta["index"]
    page = framework_page(Site(data, Links("https://example.org/r")), "beta").html
    assert f'href="{beta["index"]}"' in page and 'id="releases"' in page and "<svg" in page
    glance = at_a_glance(Site(data, Links("https://example.org/r")), "")
    last = index.derive(beta, TODAY)["last_release"]["date"]
    assert f'data-sort="{last.replace("-", "")}"' in glance


def test_a_removed_fact_without_a_snapshot_is_an_error(root):
    path = root / "data/frameworks/alpha.yaml"
    path.write_text("".join(line for line in path.read_text().splitlines(True) if not line.startswith("  min_python:")))
    files, problems = assemble.validate(root, TODAY)
    assert any(
        "data/frameworks/alpha.yaml" in str(p) and "facts.min_python: the minimum Python is missing" in str(p)
        for p in problems
    )


def test_a_snapshot_of_an_unknown_framework_is_an_error(root):
    run(root, Recorded())
    shutil.copy(root / "data/index/alpha.yaml", root / "data/index/gamma.yaml")
    files, problems = assemble.validate(root, TODAY)
    assert any(
        str(p).startswith("data/index/gamma.yaml:") and "no framework data/frameworks/gamma.yaml" in str(p)
        for p in problems
    )


def test_dormant_framework_page_says_so_with_the_date(root):
    run(root, Recorded())
    alpha = snapshot(root, "alpha")
    last = max(r["uploaded"] for r in alpha["releases"])[:10]
    assert dt.date.fromisoformat(last) < TODAY - dt.timedelta(days=550)  # recorded in the 2.0 rc days
    drop_typed_facts(root)
    page = framework_page(Site(assemble.load(root, TODAY), Links("https://example.org/r")), "alpha").html
    assert "No release in 18 months" in page and last in page


def test_the_workflow_refreshes_checks_and_opens_a_pull_request():
    root = Path(__file__).resolve().parents[2]
    flow = yaml.safe_load((root / ".github/workflows/refresh.yml").read_text())
    assert {"schedule", "workflow_dispatch"} <= set(flow[True])  # YAML reads the key `on` as true
    steps = flow["jobs"]["refresh"]["steps"]
    runs = "\n".join(s.get("run", "") for s in steps)
    assert "pywebcompare refresh" in runs and "dev.py test" in runs and "git push" not in runs
    pr = next(s for s in steps if s.get("uses", "").startswith("peter-evans/create-pull-request@"))
    assert Version(pr["uses"].split("@v")[1]) and pr["with"]["branch"] != "main" and pr["with"]["base"] == "main"


def test_an_inactive_status_is_shown_loudly(root):
    run(root, Recorded())
    path = root / "data/index/alpha.yaml"
    path.write_text(
        path.read_text().replace("Development Status :: 5 - Production/Stable", "Development Status :: 7 - Inactive")
    )
    drop_typed_facts(root)
    page = framework_page(Site(assemble.load(root, TODAY), Links("https://example.org/r")), "alpha").html
    assert 'class="admonition danger pwc-inactive"' in page and "“7 - Inactive”" in page
    other = framework_page(Site(assemble.load(root, TODAY), Links("https://example.org/r")), "beta").html
    assert "pwc-inactive" not in other


def test_facts_from_an_old_snapshot_are_listed_as_stale(root):
    from pywebcompare.data import freshness

    run(root, Recorded())
    for fid in ("alpha", "beta"):
        path = root / f"data/index/{fid}.yaml"
        path.write_text(path.read_text().replace(f"taken: {TODAY.isoformat()}", "taken: 2024-01-15"))
    drop_typed_facts(root)
    data = assemble.load(root, TODAY)
    stale = {(name, path) for name, _, path, _ in freshness.stale_items(data, 12, TODAY)}
    assert ("data/frameworks/alpha.yaml", ("facts", "latest_version")) in stale
    assert ("data/frameworks/alpha.yaml", ("facts", "interface")) not in stale  # the file itself was checked lately


def test_a_broken_old_snapshot_is_replaced(root):
    (root / "data/index/alpha.yaml").write_text("package: [half written\n")
    status, out, err = run(root, Recorded(), ["alpha"])
    assert (status, err) == (0, "") and "alpha (Flask): new snapshot" in out
    assert snapshot(root, "alpha")["package"] == "Flask"


def test_health_follows_the_published_rule_at_its_boundaries():
    today = dt.date(2026, 12, 7)
    assert index.health(None, today) == "unmaintained"
    assert index.health(index.cutoff(index.SLOWING_MONTHS, today), today) == "maintained"  # exactly 12 months
    assert index.health(index.cutoff(index.SLOWING_MONTHS, today) - dt.timedelta(days=1), today) == "slowing"
    assert index.health(index.cutoff(index.DORMANT_MONTHS, today), today) == "slowing"  # exactly 18 months
    assert index.health(index.cutoff(index.DORMANT_MONTHS, today) - dt.timedelta(days=1), today) == "unmaintained"
    assert "12 months" in index.HEALTH_RULE and "18 months" in index.HEALTH_RULE
