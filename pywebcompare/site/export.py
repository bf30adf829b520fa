"""Files beside the pages: the API, a pair's downloads, the change feed, the schemas, redirects."""

from __future__ import annotations

import csv
import io
import json

from pywebcompare.data.dataset import Dataset
from pywebcompare.data.vocab import SUPPORT
from pywebcompare.evidence import since, speed
from pywebcompare.evidence.index import HEALTH_RULE
from pywebcompare.site import behaviour, guides
from pywebcompare.site.compare import changes_newest_first, comparison_table
from pywebcompare.site.templating import environment
from pywebcompare.site.urls import pair_id, pair_url, reversed_pair_url


def api(data: Dataset) -> dict:
    """The whole validated dataset, as published at /api/frameworks.json."""
    return {
        "version": 1,
        "support_levels": {k: {"icon": i, "words": w, "score": n} for k, (i, w, n) in SUPPORT.items()},
        "features": data.catalogue,
        "frameworks": {
            fid: {**fw, "features": features(data, fid), "health": health(data, fid)}
            for fid, fw in data.frameworks.items()
        },
        "retired": {
            r["id"]: {k: r[k] for k in ("name", "last_release", "status", "source", "instead")} for r in data.retired
        },
        "claims": data.claims,
        "guides": data.guides,
        "benchmarks": data.benchmarks,
        "surveys": data.surveys,
        "changes": data.changes,
    }


def features(data: Dataset, fid: str) -> dict:
    """A framework's feature cells, each saying where its `since` comes from (since_how)."""
    cells = data.frameworks[fid].get("features") or {}
    return {f: since.api_cell(cell, since.found(data.since, fid, f)) for f, cell in cells.items()}


def health(data: Dataset, fid: str) -> dict:
    """A framework's health by the published rule, from its index snapshot (status unknown without one)."""
    ix = data.index.get(fid) or {}
    last = ix.get("last_release")
    return {"status": ix.get("health", "unknown"), "last_release": last["date"] if last else None, "rule": HEALTH_RULE}


def pair_downloads(data: Dataset, a: str, b: str) -> dict[str, str]:
    """comparison.csv and comparison.json beside a pair page: the same rows as its tables."""
    a, b = sorted((a, b))
    rows = comparison_table(data, a, b)
    columns = ("kind", "id", "name", "a", "b", "a_source", "b_source")
    renamed = {"a": a, "b": b, "a_source": f"{a}_source", "b_source": f"{b}_source"}
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([renamed.get(k, k) for k in columns])
    for row in rows:
        writer.writerow([csv_cell(row[k]) for k in columns])
    as_json = {"frameworks": [a, b], "rows": [{renamed.get(k, k): v for k, v in row.items()} for row in rows]}
    folder = f"compare/{pair_id(a, b)}"
    return {
        f"{folder}/comparison.csv": out.getvalue(),
        f"{folder}/comparison.json": json.dumps(as_json, indent=1, ensure_ascii=False) + "\n",
    }


def csv_cell(value: str) -> str:
    # A cell starting with = + - @ runs as a formula in spreadsheets; a leading quote keeps it text.
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value


def feed(data: Dataset, site_url: str) -> str:
    """The Atom feed of data changes."""
    root = site_url.rstrip("/") + "/" if site_url else ""
    template = environment().get_template("feed.xml.j2")
    return template.render(data=data, changes=changes_newest_first(data), site_url=root)


def redirect(target: str) -> str:
    return environment().get_template("redirect.html.j2").render(target=target)


def files(data: Dataset, site_url: str = "") -> dict[str, str]:
    """Every file that is not a page, by its path in the site."""
    from pywebcompare.data.schema import schemas

    out = {
        "api/frameworks.json": json.dumps(api(data), indent=1, ensure_ascii=False) + "\n",
        "api/guides.json": json.dumps(guides.api(guides.ranker_for(data)), indent=1, ensure_ascii=False) + "\n",
        "changes/feed.xml": feed(data, site_url),
    }
    if data.behaviour:
        out["api/behaviour.json"] = json.dumps(behaviour.api(data), indent=1, ensure_ascii=False) + "\n"
    if data.speed:
        out["api/speed.json"] = (
            json.dumps(
                speed.api(data.speed, [speed.run_name(r) for r in data.speed_runs]), indent=1, ensure_ascii=False
            )
            + "\n"
        )
    out.update({f"schemas/{name}": json.dumps(s, indent=2) + "\n" for name, s in schemas().items()})
    for a, b in data.pairs():
        out.update(pair_downloads(data, a, b))
        out[reversed_pair_url(a, b) + "index.html"] = redirect("../../" + pair_url(a, b))
    return out
