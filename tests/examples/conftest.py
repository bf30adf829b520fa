"""The machinery every task spec shares: start an example in its framework's environment, then stop it.

A spec module sets TASK = "<task id>" and takes the `example` fixture: it is parametrised over
every framework that has examples/<task>/<framework>.py (test ids like test_hello[flask]), starts
that file with examples/serve.py on a free 127.0.0.1 port, waits until it answers, checks that the
app object's class comes from that framework, and stops it after the module's tests.

PWC_EXAMPLES_ROOT points the specs at another tree (the tests of the machinery use a temp copy).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from harness import Example, examples_root, frameworks_for, start


def pytest_generate_tests(metafunc):
    if "example" in metafunc.fixturenames:
        task = metafunc.module.TASK
        frameworks = frameworks_for(task, examples_root())
        only = os.environ.get("PWC_FRAMEWORKS")  # e.g. PWC_FRAMEWORKS=flask,django
        if only:
            frameworks = [f for f in frameworks if f in only.split(",")]
        metafunc.parametrize("example", frameworks, indirect=True, scope="module")


@pytest.fixture(scope="module")
def example(request, tmp_path_factory) -> Example:
    task, framework = request.module.TASK, request.param
    with start(task, framework, examples_root(), Path(tmp_path_factory.mktemp(f"{task}-{framework}"))) as running:
        yield running


@pytest.fixture(autouse=True)
def no_redirects(monkeypatch):
    """The contract's routes are exact: a redirect (to a trailing slash, say) is a wrong answer, as it
    is for the speed benchmark's client, so the specs never follow one."""
    import requests

    original = requests.Session.request

    def request(self, method, url, **kwargs):
        kwargs["allow_redirects"] = False
        return original(self, method, url, **kwargs)

    monkeypatch.setattr(requests.Session, "request", request)
