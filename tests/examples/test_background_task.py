"""Task `background-task`: POST /jobs answers 202 at once; the job runs after the response."""

import time

import requests

TASK = "background-task"


def done(example):
    return requests.get(example.url + "/jobs/done", timeout=10).json()["done"]


def test_job_runs_after_response(example):
    r = requests.post(example.url + "/jobs", timeout=10)
    assert r.status_code == 202
    assert r.json() == {"queued": True}
    assert done(example) == 0  # the job sleeps 0.3 s before it counts itself done
    deadline = time.monotonic() + 3
    while done(example) != 1 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert done(example) == 1
