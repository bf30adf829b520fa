"""The observed behaviour as the pages and /api/behaviour.json draw it: one cell per probe and framework,
the pair view with the differing probes first, and the API document."""

from __future__ import annotations

from http import HTTPStatus

from pywebcompare.data.dataset import Dataset

APP = "examples/behaviour/{}.py"


def phrase(status: int) -> str:
    """The status's reason phrase (RFC 9110 names), or '' for a code Python does not know."""
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""


def cell(data: Dataset, fid: str, probe: str) -> dict:
    """One framework's answer to one probe: kind 'answer' (status, phrase, content type, the record),
    'not-applicable' or 'error' (with why), or 'missing' when the framework has no record yet."""
    record = ((data.behaviour or {}).get("records") or {}).get(fid)
    if record is None:
        return {"kind": "missing", "why": f"No behaviour app yet ({APP.format(fid)})."}
    result = record["results"][probe]
    if "not_applicable" in result:
        return {"kind": "not-applicable", "why": result["not_applicable"]}
    if "error" in result:
        return {"kind": "error", "why": result["error"], "note": result.get("note")}
    ctype = result["headers"].get("Content-Type")
    return {
        "kind": "answer",
        "status": result["status"],
        "phrase": phrase(result["status"]),
        "content_type": ctype.split(";")[0].strip().lower() if ctype else None,
        **{k: result[k] for k in ("headers", "body")},
        "truncated": result.get("truncated", False),
        "note": result.get("note"),
    }


def observed(data: Dataset) -> list[str]:
    """Ids of the frameworks with a record, in the site's order."""
    records = (data.behaviour or {}).get("records") or {}
    return [fid for fid in data.frameworks if fid in records]


def table(data: Dataset) -> list[dict]:
    """Per probe: the probe and its cell for each framework with a record."""
    fids = observed(data)
    return [{"probe": p, "cells": [(fid, cell(data, fid, p["id"])) for fid in fids]} for p in data.behaviour["probes"]]


def same(x: dict, y: dict) -> bool:
    """Two cells say the same: same kind, and for answers the same status (content types often differ
    in small ways, text/html against text/plain, so they do not decide what comes first)."""
    keys = ("kind", "status")
    return all(x.get(k) == y.get(k) for k in keys)


def pair(data: Dataset, a: str, b: str) -> list[dict]:
    """Each probe with both frameworks' cells, the probes where they differ first (catalogue order kept
    within each group). Empty when neither framework has a record."""
    if not data.behaviour or not {a, b} & set(observed(data)):
        return []
    rows = [{"probe": p, "a": cell(data, a, p["id"]), "b": cell(data, b, p["id"])} for p in data.behaviour["probes"]]
    for row in rows:
        row["differ"] = not same(row["a"], row["b"])
    return [r for r in rows if r["differ"]] + [r for r in rows if not r["differ"]]


def api(data: Dataset) -> dict:
    """/api/behaviour.json: every probe, and every framework x probe: an answer, or `reason` why none."""
    records = (data.behaviour or {}).get("records") or {}
    results = []
    for fid in data.frameworks:
        record = records.get(fid) or {}
        for p in (data.behaviour or {}).get("probes", []):
            c = cell(data, fid, p["id"])
            out = {"framework": fid, "probe": p["id"], "version": record.get("version"), "python": record.get("python")}
            if c["kind"] == "answer":
                out.update(status=c["status"], headers=c["headers"], content_type=c["content_type"], body=c["body"])
                if c["truncated"]:
                    out["truncated"] = True
                if c["note"]:
                    out["note"] = c["note"]
            else:
                out.update(status=None, headers={}, content_type=None, body=None, reason=c["why"])
            results.append(out)
    return {"probes": (data.behaviour or {}).get("probes", []), "results": results}
