"""The behaviour probes and their records: what one exchange keeps, the normalising rule, the files the
collector writes, and what the pages and /api/behaviour.json draw from the committed records. No
framework runs here (the collector's real run is tests/examples/test_behaviour_collector.py)."""

from __future__ import annotations

import json
import socket
import threading

import pytest
import yaml

from pywebcompare import ROOT
from pywebcompare.data import schema
from pywebcompare.data.yamlsafe import load_file
from pywebcompare.evidence import assemble, behaviour, observe
from pywebcompare.site import behaviour as view

RECORDS = sorted((ROOT / "data" / "behaviour").glob("*.yaml"))
ISSUE_PROBES = (
    "invalid-body malformed-json path-int-text path-int-negative missing-trailing-slash extra-trailing-slash "
    "wrong-method head-on-get options-on-get unknown-route default-post-status default-delete-status "
    "unhandled-exception query-int-text missing-query-param unsupported-media-type response-model-mismatch "
    "body-too-large cors-preflight-unconfigured json-content-type"
).split()


def test_the_probes_are_the_issues_ids_and_the_schema_names_exactly_them():
    assert [p.id for p in behaviour.PROBES] == ISSUE_PROBES
    results = json.loads((ROOT / "schemas" / "behaviour.schema.json").read_text())["properties"]["results"]
    assert results["required"] == ISSUE_PROBES and results["propertyNames"]["enum"] == ISSUE_PROBES


def test_the_big_body_is_16_mib_of_valid_json_and_no_more():
    big = behaviour.BY_ID["body-too-large"].payload()
    assert len(big) == 16 * 1024 * 1024 == behaviour.BIG_BODY
    assert json.loads(big)["price"] == 1.5
    request = behaviour.BY_ID["body-too-large"].request()
    assert "16 MiB" in request["body"] and request["headers"]["Content-Length"] == str(behaviour.BIG_BODY)
    assert request["headers"]["Host"] == "127.0.0.1:PORT"


@pytest.mark.parametrize("path", RECORDS, ids=[p.stem for p in RECORDS])
def test_committed_records_pass_the_schema_and_name_their_file(path):
    loaded = load_file(path, path.name)
    schema.check(loaded, "behaviour.schema.json")
    assert loaded.problems == []
    assert loaded.data["framework"] == path.stem
    assert list(loaded.data["results"]) == ISSUE_PROBES  # every probe, in order


def test_the_schema_refuses_a_result_that_is_neither_answer_nor_reason(tmp_path):
    doc = yaml.safe_load(RECORDS[0].read_text())
    doc["results"]["invalid-body"] = {"status": 400}  # no headers, no body
    (tmp_path / "x.yaml").write_text(yaml.safe_dump(doc))
    loaded = load_file(tmp_path / "x.yaml", "x.yaml")
    schema.check(loaded, "behaviour.schema.json")
    assert loaded.problems


def test_normalise_replaces_ports_dates_uuids_and_addresses_and_nothing_else():
    text = (
        "at http://127.0.0.1:43211/slash/ and localhost:8000, on 2026-12-01T10:20:30.123Z or "
        "Tue, 01 Dec 2026 10:20:30 GMT, id 123e4567-e89b-12d3-a456-426614174000, obj at 0x7f3a2b1c4d50; "
        "price 1.5, status 422, 0x1f"
    )
    assert behaviour.normalise(text) == (
        "at http://127.0.0.1:PORT/slash/ and localhost:PORT, on <date> or <date>, id <uuid>, "
        "obj at 0x<addr>; price 1.5, status 422, 0x1f"
    )


def test_result_sorts_allow_cuts_nothing_itself_and_flags_a_longer_body():
    raw = {
        "status": 405,
        "headers": {"Allow": "HEAD, GET", "Location": "http://127.0.0.1:5000/x"},
        "body": b"no",
        "more": True,
    }
    out = behaviour.result(raw)
    assert out == {
        "status": 405,
        "headers": {"Allow": "GET, HEAD", "Location": "http://127.0.0.1:PORT/x"},
        "body": "no",
        "truncated": True,
    }
    assert behaviour.result({"error": "no answer: RemoteDisconnected"}) == {"error": "no answer: RemoteDisconnected"}


def one_shot_server(answer: bytes, read: int):
    """A raw socket server on 127.0.0.1 that reads at most `read` bytes, sends `answer` and closes."""
    srv = socket.create_server(("127.0.0.1", 0))
    seen = []

    def run():
        conn, _ = srv.accept()
        with conn:
            seen.append(conn.recv(read))
            conn.sendall(answer)
        srv.close()

    threading.Thread(target=run, daemon=True).start()
    return srv.getsockname()[1], seen


def test_exchange_reads_an_early_answer_to_a_big_body_the_server_stopped_reading():
    port, seen = one_shot_server(
        b"HTTP/1.1 413 Content Too Large\r\nContent-Length: 0\r\nConnection: close\r\n\r\n", 4096
    )
    raw = behaviour.exchange(port, behaviour.BY_ID["body-too-large"], timeout=10)
    assert raw["status"] == 413 and raw["headers"] == {"Content-Length": "0"}
    head = seen[0].decode("latin-1")
    assert head.startswith("POST /items HTTP/1.1\r\n")
    assert f"Content-Length: {behaviour.BIG_BODY}\r\n" in head and "Content-Type: application/json" in head


def test_exchange_keeps_the_first_2_kib_and_says_there_was_more():
    body = b"a" * 5000
    answer = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nX-Other: no\r\nContent-Length: 5000\r\n\r\n" + body
    port, seen = one_shot_server(answer, 4096)
    raw = behaviour.exchange(port, behaviour.BY_ID["wrong-method"], timeout=10)
    assert raw == {
        "status": 200,
        "headers": {"Content-Type": "text/plain", "Content-Length": "5000"},
        "body": body[:2048],
        "more": True,
    }
    assert seen[0].startswith(b"DELETE /get-only HTTP/1.1\r\n") and b"Content-Length" not in seen[0]


def test_exchange_says_why_when_nothing_answers():
    port, _ = one_shot_server(b"", 4096)  # closes without a word
    assert behaviour.exchange(port, behaviour.BY_ID["unknown-route"], timeout=10)["error"].startswith("no answer")


def test_app_literals_are_read_without_importing_and_unknown_probe_ids_refused(tmp_path):
    app = tmp_path / "x.py"
    app.write_text(
        'import nothing_such\nNOTES = {"invalid-body": "by hand"}\nNOT_APPLICABLE = {"response-model-mismatch": "none"}\n'
    )
    assert behaviour.app_literals(app) == ({"invalid-body": "by hand"}, {"response-model-mismatch": "none"})
    app.write_text('NOTES = {"invalid-bodies": "typo"}\n')
    with pytest.raises(ValueError, match="invalid-bodies"):
        behaviour.app_literals(app)


def test_write_gives_the_same_bytes_twice_and_keeps_multi_line_bodies_readable(tmp_path):
    doc = yaml.safe_load(RECORDS[0].read_text())
    fid = doc.pop("framework")
    path = tmp_path / f"{fid}.yaml"
    assert observe.write(path, fid, doc) is True
    first = path.read_bytes()
    assert observe.write(path, fid, doc) is False and path.read_bytes() == first
    assert yaml.safe_load(first) == {"framework": fid, **doc}
    assert first == RECORDS[0].read_bytes()  # the committed file is exactly what the tool writes


@pytest.fixture(scope="module")
def data():
    return assemble.load(ROOT)


def test_the_dataset_exposes_probes_and_records(data):
    assert [p["id"] for p in data.behaviour["probes"]] == ISSUE_PROBES
    assert sorted(data.behaviour["records"]) == [p.stem for p in RECORDS]


def test_api_holds_every_framework_and_probe_with_an_answer_or_a_reason(data):
    doc = view.api(data)
    assert [p["id"] for p in doc["probes"]] == ISSUE_PROBES
    assert set(doc["probes"][0]) == {"id", "title", "request"}
    assert set(doc["probes"][0]["request"]) == {"method", "path", "headers", "body"}
    assert len(doc["results"]) == len(data.frameworks) * len(ISSUE_PROBES)
    for r in doc["results"]:
        assert {"framework", "probe", "status", "headers", "content_type", "body", "version", "python"} <= set(r)
        assert (r["status"] is None) == ("reason" in r)
    by = {(r["framework"], r["probe"]): r for r in doc["results"]}
    recorded = yaml.safe_load(RECORDS[0].read_text())
    fid = recorded["framework"]
    for probe, res in recorded["results"].items():
        got = by[(fid, probe)]
        assert got["version"] == recorded["version"] and got["python"] == recorded["python"]
        if "status" in res:
            assert (got["status"], got["headers"], got["body"]) == (res["status"], res["headers"], res["body"])
        else:
            assert got["reason"] == res["not_applicable"]


def test_pair_rows_put_the_differing_probes_first_in_probe_order(data):
    a, b = [p.stem for p in RECORDS[:2]]
    rows = view.pair(data, a, b)
    flags = [r["differ"] for r in rows]
    assert flags == sorted(flags, reverse=True) and True in flags
    differ = [r["probe"]["id"] for r in rows if r["differ"]]
    assert differ == [p for p in ISSUE_PROBES if p in differ]
    for r in rows:
        same = (r["a"].get("status"), r["a"]["kind"]) == (r["b"].get("status"), r["b"]["kind"])
        assert r["differ"] is not same


def test_cells_give_status_phrase_and_bare_media_type(data):
    fid = RECORDS[0].stem
    rec = data.behaviour["records"][fid]["results"]
    probe = next(p for p, r in rec.items() if "status" in r and "Content-Type" in r["headers"])
    c = view.cell(data, fid, probe)
    assert c["status"] == rec[probe]["status"] and c["phrase"]
    assert c["content_type"] == rec[probe]["headers"]["Content-Type"].split(";")[0].strip().lower()
    assert view.phrase(405) == "Method Not Allowed" and view.phrase(299) == ""
