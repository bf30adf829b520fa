"""The speed harness's bare apps, for real: on every server configuration that has one, started with the
very arguments the harness gives a framework, each bare app answers every endpoint's checks (right
status, content type and body, and invalid input refused), so a ratio is never taken against a wrong
answer. And a profile of a threaded server under load reaches the app's own code in its worker threads."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest

from pywebcompare.data.profiles import profiles
from pywebcompare.evidence import harness, setups, speed
from pywebcompare.evidence.setups import SETUPS


def host_framework(setup_id: str) -> str | None:
    """A framework deployed on this configuration (its environment holds the server when there are no pins)."""
    return next((fid for fid, p in sorted(profiles().items()) if setups.setups_of(p)[0][0] == setup_id), None)


USED = sorted({sid for p in profiles().values() for sid, _, _ in setups.setups_of(p) if SETUPS[sid].bare})


def bare_target(setup_id: str, endpoint) -> harness.Target:
    setup = SETUPS[setup_id]
    host = host_framework(setup_id)
    python = harness.baseline_python(setup, harness.framework_python(host, setup) if host else Path("python"))
    return harness.Target(setup.baseline, endpoint, setup, python, harness.BASELINE_DIR / setup.bare)


@pytest.mark.parametrize(
    "setup_id", USED, ids=lambda s: f"on {s}"
)  # not [id]: runner.spec_results reads those as task records
def test_each_bare_app_answers_every_endpoint_on_its_configuration(setup_id, tmp_path):
    problems = []
    for endpoint in harness.ENDPOINTS:
        t = bare_target(setup_id, endpoint)
        try:
            problems += [f"{endpoint.id}: {p}" for p in harness.start(t, tmp_path)]
        finally:
            harness.stop(t)
    assert problems == []


@pytest.mark.skipif(not shutil.which("wrk"), reason="the profile runs under wrk")
def test_a_profile_reaches_the_worker_threads_of_a_threaded_server():
    body = next(e for e in harness.ENDPOINTS if e.id == "body")
    t = bare_target("waitress", body)
    shares = harness.profile(t, Path(tempfile.mkdtemp(prefix="pwc-test-profile-")))
    # the bare app's JSON parsing runs in Waitress's worker threads: it must show up
    assert "standard library: json" in shares and "waitress" in shares, shares
    assert speed.cost_note(shares, 0.4).startswith("40% of this framework's plain-text rate.")
