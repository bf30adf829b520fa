"""Rank frameworks for a set of needs, and explain the rank from the data.

The same formula runs in the browser (docs/assets/pwc.js) for the questionnaire: a feature need
scores its support level (SUPPORT scores, 0 to 4) times its weight; a fact need scores 4 times
its weight when the framework's fact matches one of its values.
"""

from __future__ import annotations

from .dataset import SUPPORT, Dataset

FULL = SUPPORT["built-in"][2]  # the best score: built in, or a matching fact


def need_score(fw: dict, need: dict) -> dict:
    """The points one need earns, with the data they come from."""
    if "feature" in need:
        entry = fw["features"][need["feature"]]
        points = SUPPORT[entry["support"]][2] * need["weight"]
        return {"need": need, "kind": "feature", "support": entry["support"], "entry": entry, "points": points}
    fact = fw["facts"][need["fact"]]
    values = fact["value"] if isinstance(fact["value"], list) else [fact["value"]]
    matched = [v for v in values if v in need["values"]]
    points = FULL * need["weight"] if matched else 0
    return {"need": need, "kind": "fact", "matched": matched, "entry": fact, "points": points}


def score(fid: str, fw: dict, needs: list[dict]) -> dict:
    """One framework against a set of needs: {id, framework, points, percent, reasons}."""
    best = sum(FULL * n["weight"] for n in needs) or 1
    reasons = [need_score(fw, n) for n in needs]
    points = sum(r["points"] for r in reasons)
    return {"id": fid, "framework": fw, "points": points, "percent": round(100 * points / best), "reasons": reasons}


def rank(data: Dataset, needs: list[dict]) -> list[dict]:
    """Every framework, best first, each with its place. Ties go by name."""
    rows = sorted((score(fid, fw, needs) for fid, fw in data.frameworks.items()), key=lambda r: -r["points"])
    for place, row in enumerate(rows, 1):
        row["place"] = place
    return rows


def gaps(row: dict) -> list[dict]:
    """Needs of weight 2 or more that a framework meets only partly or not at all: its caveats."""
    return [
        r
        for r in row["reasons"]
        if r["need"]["weight"] >= 2
        and r["points"] <= 2 * r["need"]["weight"] - 1
        and not (r["kind"] == "feature" and r["support"] == "third-party")
    ]


def pick_when(data: Dataset, a: str, b: str, margin: int = 10) -> dict[str, list[dict]]:
    """For a pair: the scenarios where each framework scores clearly higher than the other.

    Only the two frameworks are scored, so a pair page costs the same whatever the number of frameworks.
    """
    out = {a: [], b: []}
    for scenario in data.guides["scenarios"]:
        sa, sb = (score(x, data.frameworks[x], scenario["needs"]) for x in (a, b))
        if abs(sa["percent"] - sb["percent"]) >= margin:
            winner, loser = (sa, sb) if sa["percent"] > sb["percent"] else (sb, sa)
            out[winner["id"]].append({"scenario": scenario, "winner": winner, "loser": loser})
    return out
