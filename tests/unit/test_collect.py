"""The "since" collector's reasoning on a fake release list, with the installer mocked at its
boundary (the trial of one release): no network, no environments."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml
from packaging.version import Version

from pywebcompare.evidence import collect
from pywebcompare.evidence.collect import BROKEN, FAIL, PASS, Plan, Release, Trial

VERSIONS = ["1.0.0", "1.1.0", "1.1.4", "2.0.0", "2.0.1", "2.1.0", "3.0.0"]
RELEASES = [Release(Version(v), dt.date(2020, 1, 1) + dt.timedelta(days=30 * i)) for i, v in enumerate(VERSIONS)]


def plan(since: str) -> Plan:
    return Plan("flask", "async-views", "flask", since, ["async-view"], ["asgiref", "gunicorn"], ["flask", "gunicorn"])


def fake_trial(first_passing: str, broken=()):
    """A framework whose feature arrived in `first_passing`; the `broken` releases do not install."""
    tried = []

    def trial(p, release):
        tried.append(str(release))
        if str(release) in broken:
            return Trial(release, BROKEN, "install: no wheel for this Python")
        return Trial(release, PASS if release.version >= Version(first_passing) else FAIL)

    trial.tried = tried
    return trial


def run(since, first_passing, broken=(), pinned="3.0.0"):
    trial = fake_trial(first_passing, broken)
    verdict = collect.collect(plan(since), RELEASES, trial, pinned, say=lambda _: None)
    return verdict, trial.tried


def test_confirmed_runs_two_releases():
    verdict, tried = run("2.0", "2.0.0")
    assert verdict.summary() == "flask async-views: since 2.0 confirmed (1.1.4 fails, 2.0.0 passes)"
    assert tried == ["2.0.0", "1.1.4"]


def test_stated_too_early_bisects_upward():
    verdict, _ = run("2.0", "2.1.0")
    assert (verdict.verdict, str(verdict.first_passing), str(verdict.last_failing)) == ("corrected", "2.1.0", "2.0.1")
    assert "first release that passes is 2.1.0 (2.0.1 fails)" in verdict.summary()


def test_stated_too_late_bisects_downward():
    verdict, _ = run("2.0", "1.1.0")
    assert (verdict.verdict, str(verdict.first_passing), str(verdict.last_failing)) == ("corrected", "1.1.0", "1.0.0")


def test_a_release_that_does_not_install_is_never_counted_as_missing():
    verdict, tried = run("2.0", "2.0.0", broken={"1.1.4"})
    assert verdict.verdict == "confirmed"
    assert str(verdict.last_failing) == "1.1.0" and "1.1.4" in tried
    assert "1.1.4 cannot be installed or imported on Python 3.11 (not counted as missing)" in verdict.summary()


def test_nothing_installs():
    verdict, _ = run("2.0", "2.0.0", broken=set(VERSIONS))
    assert verdict.verdict == "not-installable"
    assert "not checked" in verdict.summary()


def test_passing_everywhere_is_not_a_confirmation():
    verdict, _ = run("2.0", "1.0.0")
    assert verdict.verdict == "not-confirmed" and verdict.last_failing is None


def test_releases_after_the_pin_are_not_tried():
    _, tried = run("2.0", "3.0.0", pinned="2.1.0")
    assert "3.0.0" not in tried


def test_the_verdict_is_written_into_the_examples_data(tmp_path):
    path = tmp_path / "data/examples/flask.yaml"
    path.parent.mkdir(parents=True)
    path.write_text(
        "# hand-written comment\nframework: flask\nserver: gunicorn\nchecked: 2026-11-30\ntasks:\n"
        "  hello:\n    uses: []\n"
    )
    verdict, _ = run("2.0", "2.0.0")
    collect.write_record(tmp_path, "flask", "async-views", verdict.record(dt.date(2026, 11, 30)))
    collect.write_record(tmp_path, "flask", "async-views", verdict.record(dt.date(2026, 12, 7)))  # replaces it
    text = path.read_text()
    assert text.startswith("# hand-written comment\n") and text.count("collected:") == 1
    record = yaml.safe_load(text)["collected"]["async-views"]
    assert record["verdict"] == "confirmed" and record["date"] == "2026-12-07"
    assert (record["first_passing"], record["last_failing"]) == ("2.0.0", "1.1.4")


def test_plan_reads_since_tasks_and_extras_from_the_data():
    p = collect.plan("flask", "async-views")
    assert p.since == "2.0" and p.tasks == ["async-view"]
    assert "asgiref" in p.extras and "gunicorn" in p.extras


def test_plan_refuses_a_feature_without_since():
    with pytest.raises(collect.CollectError, match="states no `since`"):
        collect.plan("flask", "routing")


def test_releases_are_read_through_the_refresh_client():
    # The recorded aiohttp page (tests/fixtures/index): final releases only, yanked ones left out.
    from pathlib import Path

    page = (Path(__file__).resolve().parent.parent / "fixtures/index/aiohttp.json").read_bytes()
    asked = []

    def fetch(url, accept, limit):
        asked.append((url, limit))
        return page

    found = collect.releases("aiohttp", fetch, "https://index.test/simple/")
    assert [str(r) for r in found] == ["3.11.15", "3.11.16"]  # 3.11.17 is yanked, 4.0.0a1 a pre-release
    assert asked == [("https://index.test/simple/aiohttp/", collect.refresh.MAX_PAGE)]
    with pytest.raises(collect.CollectError, match="aiohttp: malformed response .* not JSON"):
        collect.releases("aiohttp", lambda *a: b"{", "https://index.test/simple/")
    with pytest.raises(collect.refresh.RefreshError, match="not an https:// address"):
        collect.releases("aiohttp", fetch, "file:///opt/simple/")
