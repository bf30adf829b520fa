"""The workflows give no write token to a job that installs or runs code, keep no token in
.git/config, and use actions pinned to a full commit SHA (Dependabot moves the pins)."""

from __future__ import annotations

import re

import pytest
import yaml
from support import ROOT

FLOWS = sorted((ROOT / ".github/workflows").glob("*.yml"))
SHA = re.compile(r"^[\w.-]+/[\w.-]+(/[\w./-]+)?@[0-9a-f]{40}$")


def jobs():
    for path in FLOWS:
        flow = yaml.safe_load(path.read_text())
        for name, job in flow["jobs"].items():
            yield path.name, name, flow, job


def writes(flow: dict, job: dict) -> set[str]:
    perms = job.get("permissions", flow.get("permissions", "write-all"))
    if isinstance(perms, str):
        return {"everything"} if perms == "write-all" else set()
    return {k for k, v in perms.items() if v == "write"}


def runs_code(job: dict) -> bool:
    """A step that runs a command other than a bare `echo`/`exit` (setting up Python counts too)."""
    for step in job["steps"]:
        if "setup-python" in step.get("uses", ""):
            return True
        lines = [line.strip() for line in step.get("run", "").splitlines() if line.strip()]
        if any(not line.startswith(("echo ", "exit ")) for line in lines):
            return True
    return False


def test_every_action_is_pinned_to_a_commit():
    used = [(p, s["uses"]) for p, _, _, job in jobs() for s in job.get("steps", []) if "uses" in s]
    assert used and [(p, u) for p, u in used if not SHA.match(u)] == []


@pytest.mark.parametrize("flow_name, job_name, flow, job", list(jobs()), ids=lambda v: v if isinstance(v, str) else "")
def test_a_job_that_runs_code_has_no_write_token_and_keeps_none(flow_name, job_name, flow, job):
    if runs_code(job):
        assert writes(flow, job) == set(), f"{flow_name}: {job_name} runs code with write rights"
    for step in job.get("steps", []):
        if "actions/checkout@" in step.get("uses", ""):
            assert step.get("with", {}).get("persist-credentials") is False, f"{flow_name}: {job_name}"


def test_the_pull_request_jobs_only_open_the_uploaded_data():
    for name in ("refresh.yml", "collect.yml"):
        flow = yaml.safe_load((ROOT / ".github/workflows" / name).read_text())
        pr = flow["jobs"]["pull-request"]
        assert writes(flow, pr) == {"contents", "pull-requests"} and not runs_code(pr)
        assert flow.get("permissions") == {}
        uses = [s.get("uses", "").split("@")[0] for s in pr["steps"]]
        assert "actions/download-artifact" in uses and "peter-evans/create-pull-request" in uses


def test_dependabot_moves_the_actions_and_the_requirements():
    config = yaml.safe_load((ROOT / ".github/dependabot.yml").read_text())
    assert {u["package-ecosystem"] for u in config["updates"]} == {"github-actions", "pip"}


def test_the_checks_catch_a_write_token_beside_code():
    flow = {"permissions": {"contents": "write"}}
    job = {"steps": [{"run": "python3 dev.py test"}]}
    assert runs_code(job) and writes(flow, job) == {"contents"}
    assert not SHA.match("actions/checkout@v4")
