"""Pure queries over the dataset: how frameworks differ, how items are grouped and ordered."""

from __future__ import annotations

from .dataset import Dataset
from .vocab import FACTS, SUPPORT


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
        rows.append({"feature": feature, "a": sa, "b": sb, "gap": gap})
    differ = sorted((r for r in rows if r["gap"]), key=lambda r: -abs(r["gap"]))  # each level has its own score
    alike = [r for r in rows if not r["gap"]]
    return {"ids": (a, b), "frameworks": (fa, fb), "differ": differ, "alike": alike}


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
            "Claims of the FastAPI vs Flask article",
            sorted((c for c in items if "seed" in c and "company" not in c), key=lambda c: c["seed"]),
        ),
        ("companies", "Who uses which framework", [c for c in items if "company" in c]),
        ("widespread", "Other widespread claims", [c for c in items if "seed" not in c and "company" not in c]),
    ]


def changes_newest_first(data: Dataset) -> list[dict]:
    return sorted(data.changes["changes"], key=lambda c: c["date"], reverse=True)  # stable within a day


def changes_by_day(data: Dataset) -> list[tuple[str, list[dict]]]:
    days: dict[str, list] = {}
    for change in changes_newest_first(data):
        days.setdefault(change["date"], []).append(change)
    return list(days.items())
