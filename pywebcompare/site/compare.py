"""Pure queries over the dataset: how frameworks differ, how items are grouped and ordered."""

from __future__ import annotations

import datetime as dt
import re

from pywebcompare.data.dataset import Dataset
from pywebcompare.data.vocab import ASYNC_SHORT, FACTS, SUPPORT, async_model_text
from pywebcompare.site import guides


def fact_text(fact: dict) -> str:
    value = fact["value"]
    if isinstance(value, list):
        return ", ".join(value) if value else "nothing (stands alone)"
    if "date" in fact:
        return f"{value} ({fact['date']})"
    return str(value)


def compare(data: Dataset, a: str, b: str) -> dict:
    """Two frameworks side by side: features where they differ first (largest gap first)."""
    a, b = sorted((a, b))
    fa, fb = data.frameworks[a], data.frameworks[b]
    rows = []
    for feature in data.features:
        sa, sb = fa["features"][feature["id"]], fb["features"][feature["id"]]
        gap = SUPPORT[sa["support"]][2] - SUPPORT[sb["support"]][2]
        row = {"feature": feature, "a": sa, "b": sb, "gap": gap, "same": not gap}
        if feature["id"] == "async-views":  # the same level can hide different kinds of async
            row["model"] = async_alike(fa, fb)
            row["same"] = not gap and row["model"]["alike"]
        rows.append(row)
    differ = sorted((r for r in rows if not r["same"]), key=lambda r: -abs(r["gap"]))  # each level has its own score
    alike = [r for r in rows if r["same"]]
    return {"ids": (a, b), "frameworks": (fa, fb), "differ": differ, "alike": alike}


def decisive(data: Dataset, a: str, b: str, limit: int = 5) -> list[dict]:
    """A pair's differences that decide, chosen by what the decision guides weigh: one row per concept
    (a feature, the interface, the async model), scored by the guides' weights times the gap in points
    (0-4) between the two, summed over every guide that weighs it. Concepts no guide weighs, or on which
    the two earn the same points, are left out.

    Each row: {concept, kind, feature (or None), label, a, b (words), weight, score, guides (titles)}.
    """
    a, b = sorted((a, b))
    ranker = guides.ranker_for(data)
    rows: dict[str, dict] = {}
    for scenario in data.guides["scenarios"]:
        for need in scenario["needs"]:
            concept = guides.concept(need)
            if concept is None:
                continue
            credits = ranker.credits(need)
            ca, cb = credits[a].value, credits[b].value
            if ca is None or cb is None:
                continue
            row = rows.setdefault(concept, {"concept": concept, "weight": 0, "score": 0, "guides": []})
            row["weight"] += need["weight"]
            row["score"] += need["weight"] * abs(ca - cb)
            if ca != cb and scenario["title"] not in row["guides"]:
                row["guides"].append(scenario["title"])
    order = {f["id"]: i for i, f in enumerate(data.features)}
    chosen = sorted(
        (r for r in rows.values() if r["score"]), key=lambda r: (-r["score"], -r["weight"], order.get(r["concept"], -1))
    )[:limit]
    fa, fb = data.frameworks[a], data.frameworks[b]
    for row in chosen:
        row.update(_concept_words(data, row["concept"], fa, fb))
    return chosen


def _concept_words(data: Dataset, concept: str, fa: dict, fb: dict) -> dict:
    """How a decisive row names its concept and each framework's side of it."""
    if concept == "interface":
        return {
            "kind": "fact",
            "feature": None,
            "label": FACTS[0][1],
            "a": fa["facts"]["interface"]["value"],
            "b": fb["facts"]["interface"]["value"],
        }
    feature = data.feature(concept)
    row = {
        "kind": "feature",
        "feature": feature,
        "label": feature["name"],
        "a": fa["features"][concept],
        "b": fb["features"][concept],
    }
    models = [e.get("async_model") for e in (row["a"], row["b"])]
    if concept == "async-views" and all(models):
        row.update(
            kind="async", a_words=ASYNC_SHORT[models[0]["concurrency"]], b_words=ASYNC_SHORT[models[1]["concurrency"]]
        )
    return row


def async_alike(fa: dict, fb: dict) -> dict:
    """Whether two frameworks offer the same kind of async (concurrency and server model), with words.

    {"alike": bool, "a": text, "b": text}; unrecorded models count as alike only when both are missing.
    """
    ma = fa["features"].get("async-views", {}).get("async_model")
    mb = fb["features"].get("async-views", {}).get("async_model")
    same = (ma or {}).get("concurrency") == (mb or {}).get("concurrency") and (ma or {}).get("server") == (
        mb or {}
    ).get("server")
    return {"alike": same, "a": async_model_text(ma), "b": async_model_text(mb)}


def comparison_table(data: Dataset, a: str, b: str) -> list[dict]:
    """One row per fact and feature: the shape of a pair's CSV and JSON downloads."""
    fa, fb = (data.frameworks[x] for x in sorted((a, b)))
    rows = [
        {
            "kind": "fact",
            "id": key,
            "name": label,
            "a": fact_text(fa["facts"][key]),
            "b": fact_text(fb["facts"][key]),
            "a_source": fa["facts"][key]["source"],
            "b_source": fb["facts"][key]["source"],
        }
        for key, label in FACTS
    ]
    for feature in data.features:
        xa, xb = fa["features"][feature["id"]], fb["features"][feature["id"]]
        rows.append(
            {
                "kind": "feature",
                "id": feature["id"],
                "name": feature["name"],
                "a": xa["support"],
                "b": xb["support"],
                "a_source": xa["source"],
                "b_source": xb["source"],
            }
        )
    return rows


def by_support(data: Dataset, feature_id: str) -> list[tuple[str, dict]]:
    """Frameworks ordered from the best support of a feature to none, then by name."""
    return sorted(data.frameworks.items(), key=lambda kv: -SUPPORT[kv[1]["features"][feature_id]["support"]][2])


def claim_groups(data: Dataset) -> list[tuple[str, str, list[dict]]]:
    """Claims in the order the claims page shows them: the seed article's, companies', the rest."""
    items = data.claims["claims"]
    return [
        (
            "article",
            data.claims.get("seed_title", "Claims of the article the site started from"),
            sorted((c for c in items if "seed" in c and "company" not in c), key=lambda c: c["seed"]),
        ),
        ("companies", "Who uses which framework", [c for c in items if "company" in c]),
        ("widespread", "Other widespread claims", [c for c in items if "seed" not in c and "company" not in c]),
    ]


def claim_labels(data: Dataset) -> dict[str, str]:
    """claim id -> its label: the seed number, with a letter when several claims share it (7a, 7b...)."""
    by_seed: dict[int, list[str]] = {}
    for _group, _, items in claim_groups(data):
        for c in items:
            if "seed" in c:
                by_seed.setdefault(c["seed"], []).append(c["id"])
    labels = {}
    for seed, ids in by_seed.items():
        for i, cid in enumerate(ids):
            labels[cid] = f"{seed}{'abcdefghijklmnopqrstuvwxyz'[i]}" if len(ids) > 1 else str(seed)
    return labels


def verdict_counts(data: Dataset) -> list[tuple[str, int]]:
    """(verdict, number of claims) for every verdict that occurs, in the vocabulary's order."""
    from pywebcompare.data.vocab import VERDICTS

    counts = {v: 0 for v in VERDICTS}
    for c in data.claims["claims"]:
        counts[c["verdict"]] += 1
    return [(v, n) for v, n in counts.items() if n]


def claims_per_framework(data: Dataset) -> list[tuple[str, int]]:
    """(framework id, number of claims about it) for frameworks with at least one, in name order."""
    counts = {fid: sum(fid in c["frameworks"] for c in data.claims["claims"]) for fid in data.frameworks}
    return [(fid, n) for fid, n in counts.items() if n]


RELEASES_LISTED_DAYS = 183  # the change log lists a framework's newest release when it is this recent


def release_changes(data: Dataset) -> list[dict]:
    """The change log's entries drawn from the package-index snapshots, so they cannot lag what the pages
    show: each framework's newest stable release, when it came out within RELEASES_LISTED_DAYS of the
    snapshots' day, and each day snapshots were taken."""
    out = []
    for fid, derived in data.index.items():
        latest, as_of = derived.get("latest"), derived.get("as_of")
        if fid not in data.frameworks or not latest or not as_of:
            continue
        age = (dt.date.fromisoformat(as_of) - dt.date.fromisoformat(latest["date"])).days
        if age <= RELEASES_LISTED_DAYS:
            out.append(
                {
                    "date": latest["date"],
                    "framework": fid,
                    "summary": f"{latest['version']} released: the newest stable release in the package-index "
                    f"snapshot (taken {derived['taken']}), shown on every page from then on.",
                    "evidence": derived["source"],
                    "generated": True,
                }
            )
    taken: dict[str, list[str]] = {}
    for fid, derived in data.index.items():
        if fid in data.frameworks and derived.get("taken"):
            taken.setdefault(str(derived["taken"])[:10], []).append(fid)
    for day, fids in taken.items():
        names = ", ".join(data.frameworks[f]["name"] for f in fids)
        out.append(
            {
                "date": day,
                "summary": f"Package-index snapshots taken of {len(fids)} frameworks ({names}); release facts, "
                "health and ages on every page are read from them.",
                "evidence": data.index[fids[0]]["source"],
                "generated": True,
            }
        )
    return out


def changes_newest_first(data: Dataset) -> list[dict]:
    """Hand-written entries and the snapshots' release entries, newest first (stable within a day)."""
    return sorted(data.changes["changes"] + release_changes(data), key=lambda c: str(c["date"]), reverse=True)


def changes_by_day(data: Dataset) -> list[tuple[str, list[dict]]]:
    days: dict[str, list] = {}
    for change in changes_newest_first(data):
        days.setdefault(change["date"], []).append(change)
    return list(days.items())


# -- the matrix, the N-way compare and a pair page's first screen ---------------------------------
MEETS = ("built-in", "official")  # what "meets a need" means in the matrix's ?need= filter
WIDENED = MEETS + ("third-party",)  # with &allow=third-party
STRICT = ("built-in",)  # with &allow=built-in
ALLOW = {"built-in": STRICT, "official": MEETS, "third-party": WIDENED}


def cell_key(entry: dict) -> str:
    """What two cells of one feature must share to count as alike: the level and, for async views,
    the kind of async (as compare() judges a pair). The matrix's "only differences" compares these."""
    model = entry.get("async_model")
    return f"{entry['support']} {model['concurrency']} {model['server']}" if model else entry["support"]


def meeting(data: Dataset, feature_ids: list[str], allow: bool | str = False) -> list[str]:
    """Frameworks that provide every listed feature built in or as an official extension; `allow` widens
    ("third-party", or True) or narrows ("built-in") what counts."""
    levels = ALLOW[allow] if isinstance(allow, str) else (WIDENED if allow else MEETS)
    return [
        fid for fid, fw in data.frameworks.items() if all(fw["features"][f]["support"] in levels for f in feature_ids)
    ]


def sort_value(key: str, fact: dict) -> str:
    """The data-sort value of a fact cell: versions zero-padded part by part, so that text order is
    version order ('3.9' before '3.10', '0.20' before '0.141')."""
    if key in ("latest_version", "min_python"):
        return ".".join(f"{int(p):06d}" for p in re.findall(r"\d+", str(fact["value"])))
    return fact_text(fact).lower()


def popular_pairs(data: Dataset) -> list[tuple[str, str]]:
    """Pairs readers meet first: the two best fits of each decision guide, in the guides' order."""
    seen: list[tuple[str, str]] = []
    for scenario in data.guides["scenarios"]:
        top = guides.rank(data, scenario["needs"])[:2]
        if len(top) == 2:
            pair = tuple(sorted((top[0]["id"], top[1]["id"])))
            if pair not in seen:
                seen.append(pair)
    return seen
