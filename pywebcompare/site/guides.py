"""Rank frameworks for a set of needs, and explain each place from the data.

A need names one criterion. Python turns each criterion into a credit per framework, an integer
from 0 to FULL, or None when the data to judge it is missing ("no data"). The credits are
published in /api/guides.json; the questionnaire's script (docs/assets/choose.js) only adds them
up with the rule below, so the browser and the site always show the same numbers:

    points  = sum of credit x weight over the needs that have data
    best    = sum of FULL x weight over the same needs
    percent = (200 x points + best) // (2 x best)      (integers: half rounds up)
    place   = 1 + the number of frameworks with a higher percent   (equal percents share a place)

Within a shared place, frameworks are listed by a tie-break measured from data (the release
recency of the package-index snapshot unless a scenario says otherwise), then by name.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from pywebcompare import ROOT
from pywebcompare.data.dataset import Dataset
from pywebcompare.data.vocab import SUPPORT, WEIGHTS, async_model_text
from pywebcompare.evidence import examples, speed
from pywebcompare.evidence.index import DORMANT_MONTHS, HEALTH_RULE
from pywebcompare.evidence.speed import ENDPOINTS

FULL = SUPPORT["built-in"][2]  # the most a criterion can give: 4
LEVELS = list(SUPPORT)  # best first
RULE = "percent = (200 × points + best) // (2 × best), with best = 4 × weight summed over the needs that have data"

ASYNC_CREDIT = {"event-loop": FULL, "thread-per-request": 1, "none": 0}
# Release recency (days from the last release to the snapshot) -> credit; older still gives 1.
RECENCY = ((183, 4), (365, 3), (730, 2))
NEED_KINDS = ("feature", "fact", "async", "maintenance", "speed", "code_size", "knows")


# -- what the credits are computed from, besides the framework files ------------------------------
@dataclass(frozen=True)
class Evidence:
    """Measured signals: each may be empty, and a framework missing from one has no data for it."""

    maintenance: dict[str, dict] = field(default_factory=dict)  # fid -> {last_release, taken, inactive, source}
    speed: dict[str, dict[str, dict]] = field(default_factory=dict)  # endpoint -> fid -> {ratio, rps, setup}
    speed_run: str = ""  # the run's date
    endpoints: dict[str, str] = field(default_factory=dict)  # endpoint -> label
    code_lines: dict[str, dict[str, int]] = field(default_factory=dict)  # task -> fid -> lines of code


def gather(data: Dataset, root: Path = ROOT) -> Evidence:
    """Evidence from the package-index snapshots, the newest speed run and the examples catalogue.

    Each comes from the dataset when it carries it (data.index, data.speed, data.examples), else
    from the files under root; what is found nowhere stays empty and reads as "no data".
    """
    known = set(data.frameworks)
    return Evidence(
        maintenance=_maintenance(data),
        **_speed(data.speed or speed.newest(root), known),
        code_lines=_catalogue_lines(data.examples, known) or _code_lines(root, known),
    )


def _maintenance(data: Dataset) -> dict[str, dict]:
    out = {}
    for fid, derived in data.index.items():  # index.derive(): no last_release without a stable release
        last = derived.get("last_release")
        if fid in data.frameworks and last:
            out[fid] = {
                "last_release": last["date"],
                "version": last["version"],
                "taken": derived.get("as_of") or derived["taken"],  # ages count to the newest snapshot's day
                "inactive": derived["inactive"],
                "source": derived["source"],
            }
    return out


def _speed(run: dict | None, known: set[str]) -> dict:
    """endpoint -> framework -> what the framework costs on its deployment's server configuration: its
    ratio to the bare app on that very configuration, with its requests/s. A framework whose server
    has no bare mode has no ratio, so no entry: its figure would be its server's, not its own."""
    if not run:
        return {}
    table: dict[str, dict[str, dict]] = {}
    for r in speed.with_ratios(run["results"]):
        if r["framework"] in known and r.get("ratio") is not None and not r.get("alternative"):
            table.setdefault(r["endpoint"], {})[r["framework"]] = {
                "ratio": float(r["ratio"]),
                "rps": float(r["rps"]),
                "setup": speed.setup_label(r["setup"]),
            }
    labels = {e: label for e, (label, _) in ENDPOINTS.items()}
    return {"speed": table, "speed_run": str(run["conditions"]["date"]), "endpoints": labels}


def _catalogue_lines(catalogue: dict | None, known: set[str]) -> dict[str, dict[str, int]]:
    """task -> framework -> lines of code, from the examples catalogue: examples that passed their
    spec, or every example when the catalogue has no test record yet."""
    if not catalogue:
        return {}
    code = [(t["id"], e) for t in catalogue["tasks"] for e in t["entries"] if e["kind"] == "code"]
    recorded = any(e.get("passed") for _, e in code)
    out: dict[str, dict[str, int]] = {}
    for task, e in code:
        if e["framework"] in known and (e.get("passed") or not recorded):
            out.setdefault(task, {})[e["framework"]] = e["loc"]
    return out


def _code_lines(root: Path, known: set[str]) -> dict[str, dict[str, int]]:
    """task -> framework -> lines of examples/<task>/<framework>.py, when no catalogue is loaded."""
    out: dict[str, dict[str, int]] = {}
    for path in sorted((root / "examples").glob("*/*.py")):
        if path.stem in known:
            out.setdefault(path.parent.name, {})[path.stem] = examples.code_lines(path.read_text(encoding="utf-8"))
    return out


# -- criteria -----------------------------------------------------------------------------------
def flags(data: Dataset, fid: str) -> list[dict]:
    """What a reader must know before picking a framework from any ranking, whatever its score: no
    release in DORMANT_MONTHS (its health, from the package-index snapshot) and no known user (its
    data lists none, with what was searched). Each {id, text, title}."""
    fw, health = data.frameworks[fid], (data.index.get(fid) or {}).get("health")
    out = []
    if health == "unmaintained":
        out.append(
            {"id": "unmaintained", "text": f"Unmaintained: no release in {DORMANT_MONTHS} months", "title": HEALTH_RULE}
        )
    if not fw.get("users"):
        searched = fw.get("users_searched") or "No user with evidence is recorded."
        out.append({"id": "no-known-user", "text": "No known user", "title": searched})
    return out


def kind_of(need: dict) -> str:
    return next(k for k in NEED_KINDS if k in need)


def criterion(need: dict) -> str:
    """A stable key for what a need measures, e.g. 'feature:orm@official' or 'speed:json'."""
    kind = kind_of(need)
    if kind == "feature":
        return f"feature:{need['feature']}" + (f"@{need['at_least']}" if "at_least" in need else "")
    if kind == "fact":
        return f"fact:{need['fact']}=" + "|".join(need["values"])
    if kind == "maintenance":
        return "maintenance"
    return f"{kind.replace('_', '-')}:{need[kind]}"


def concept(need: dict) -> str | None:
    """What a need is about, so that one pair-page row stands for it: a feature's id (whatever level it
    asks for), 'interface' for the interface fact, 'async-views' for the async model; None for what is
    not a feature of the framework (maintenance, speed, code size, what a team knows, built on)."""
    kind = kind_of(need)
    if kind == "feature":
        return need["feature"]
    if kind == "async":
        return "async-views"
    if kind == "fact" and need["fact"] == "interface":
        return "interface"
    return None


@dataclass(frozen=True)
class Credit:
    """What one framework earns on one criterion, and the words and source behind it."""

    value: int | None  # 0..FULL, None = no data
    said: str  # plain text, e.g. "Built in (SQLAlchemy)"
    source: str = ""
    entry: dict | None = None  # the framework's data entry, when there is one
    order: float | None = None  # the measure, lower is better, when the criterion can break ties


def _round_share(part: float, whole: float) -> int:
    """FULL x part / whole, half rounding up (part <= whole)."""
    return int((2 * FULL * part + whole) // (2 * whole))


class Ranker:
    """Every credit and ranking of one dataset, each computed once."""

    def __init__(self, data: Dataset, evidence: Evidence | None = None):
        self.data = data
        self.evidence = evidence or Evidence()
        self._credits: dict[str, dict[str, Credit]] = {}

    # ---- the words of a criterion
    def label(self, need: dict) -> str:
        kind = kind_of(need)
        if kind == "feature":
            name = self.data.feature(need["feature"])["name"]
            return f"{name} ({SUPPORT[need['at_least']][1].lower()} or better)" if "at_least" in need else name
        if kind == "fact":
            return f"{ {'interface': 'Interface', 'built_on': 'Built on'}[need['fact']] }: " + " or ".join(
                need["values"]
            )
        if kind == "async":
            return "Async requests share an event loop"
        if kind == "maintenance":
            return "Recent releases"
        if kind == "speed":
            return f"Framework speed cost ({self.evidence.endpoints.get(need['speed'], need['speed'])}, ratio to a bare app on its server)"
        if kind == "code_size":
            return f"Short code for the {need['code_size']} task"
        return f"Team knows {self.data.frameworks[need['knows']]['name']}"

    def explain(self, need: dict) -> str:
        """One sentence: how the criterion is measured."""
        kind = kind_of(need)
        if kind == "feature" and "at_least" in need:
            return (
                f"Full points when the framework's support is {SUPPORT[need['at_least']][1].lower()} or better, "
                "none otherwise, from each framework's data file."
            )
        if kind == "feature":
            scale = ", ".join(f"{words.lower()} {score}" for _, words, score in SUPPORT.values())
            return f"Points per weight by support level ({scale} of {FULL}), from each framework's data file."
        if kind == "fact":
            return "Full points when the framework's fact is one of these values, none otherwise."
        if kind == "async":
            return (
                "Full points when async views share an event loop, 1 when coroutines only run inside each "
                "request's worker thread (no added concurrency), 0 without async views; from the async model "
                "recorded on each framework's async-views entry."
            )
        if kind == "maintenance":
            return (
                "From the package-index snapshot: full points for a release within 6 months of the newest snapshot's day, "
                "3 within a year, 2 within two years, 1 if older, 0 if the package declares itself inactive."
            )
        if kind == "speed":
            return (
                f"From the newest benchmark run: what the framework costs, not what its server earns. Points in "
                f"proportion to its ratio on the {need['speed']} endpoint (its requests per second over those of a "
                f"bare app on the very same server configuration), the lowest-cost framework getting full points; a "
                f"framework whose server has no bare mode gets no points here."
            )
        if kind == "code_size":
            return (
                f"From the tested examples: points in proportion to how short each framework's example for the "
                f"{need['code_size']} task is (lines that are not blank or comments), the shortest getting full points."
            )
        name = self.data.frameworks[need["knows"]]["name"]
        return (
            f"Full points for {name} itself, half for a framework built on it or that it is built on, none otherwise."
        )

    # ---- credits
    def credits(self, need: dict) -> dict[str, Credit]:
        key = criterion(need)
        if key not in self._credits:
            kind = kind_of(need)
            self._credits[key] = {
                fid: getattr(self, f"_{kind}")(fid, fw, need) for fid, fw in self.data.frameworks.items()
            }
        return self._credits[key]

    def _feature(self, fid, fw, need) -> Credit:
        entry = fw["features"][need["feature"]]
        level = entry["support"]
        said = SUPPORT[level][1] + (f" ({entry['package']})" if entry.get("package") else "")
        if "at_least" in need:
            value = FULL if LEVELS.index(level) <= LEVELS.index(need["at_least"]) else 0
        else:
            value = SUPPORT[level][2]
        return Credit(value, said, entry["source"], entry)

    def _fact(self, fid, fw, need) -> Credit:
        fact = fw["facts"][need["fact"]]
        values = fact["value"] if isinstance(fact["value"], list) else [fact["value"]]
        matched = [v for v in values if v in need["values"]]
        shown = ", ".join(str(v) for v in values) or "nothing"
        said = f"matches ({', '.join(matched)})" if matched else f"does not match ({shown})"
        return Credit(FULL if matched else 0, said, fact["source"], fact)

    def _async(self, fid, fw, need) -> Credit:
        entry = fw["features"].get("async-views", {})
        model = entry.get("async_model")
        if not model:
            return Credit(None, "no data: the async model is not recorded")
        concurrency = model["concurrency"]
        said = async_model_text(model)
        return Credit(
            ASYNC_CREDIT[concurrency], said[0].upper() + said[1:], model.get("source", entry["source"]), entry
        )

    def _maintenance(self, fid, fw, need) -> Credit:
        m = self.evidence.maintenance.get(fid)
        if not m:
            return Credit(None, "no data: no package-index snapshot")
        days = (dt.date.fromisoformat(m["taken"]) - dt.date.fromisoformat(m["last_release"])).days
        said = (
            f"Last release {m['version']} on {m['last_release']}, {days} days before {m['taken']} (the newest snapshot)"
        )
        if m["inactive"]:
            return Credit(0, said + "; the package declares itself inactive", m["source"], order=days)
        value = next((credit for limit, credit in RECENCY if days <= limit), 1)
        return Credit(value, said, m["source"], order=days)

    def _speed(self, fid, fw, need) -> Credit:
        table = self.evidence.speed.get(need["speed"], {})
        if fid not in table:
            return Credit(
                None, "no data: not in the newest benchmark run, or its server has no bare app to compare with"
            )
        best = max(row["ratio"] for row in table.values())
        mine = table[fid]
        said = (
            f"framework cost: ratio {mine['ratio']:.2f} to a bare app on {mine['setup']} "
            f"({mine['rps']:,.0f} requests/s) in the run of {self.evidence.speed_run} (best ratio measured: {best:.2f})"
        )
        return Credit(_round_share(mine["ratio"], best) if best > 0 else 0, said, order=-mine["ratio"])

    def _code_size(self, fid, fw, need) -> Credit:
        table = self.evidence.code_lines.get(need["code_size"], {})
        if fid not in table:
            return Credit(None, "no data: no tested example for this task")
        lines, shortest = table[fid], min(table.values())
        said = f"{lines} lines of code (shortest example: {shortest})"
        return Credit(_round_share(shortest, lines), said, order=lines)

    def _knows(self, fid, fw, need) -> Credit:
        known = self.data.frameworks[need["knows"]]
        if fid == need["knows"]:
            return Credit(FULL, "the framework your team knows")
        on = {str(v).casefold() for v in fw["facts"]["built_on"]["value"]}
        under = {str(v).casefold() for v in known["facts"]["built_on"]["value"]}
        if known["name"].casefold() in on:
            return Credit(
                FULL // 2, f"built on {known['name']}", fw["facts"]["built_on"]["source"], fw["facts"]["built_on"]
            )
        if fw["name"].casefold() in under:
            return Credit(FULL // 2, f"{known['name']} is built on it", known["facts"]["built_on"]["source"])
        return Credit(0, f"not built on {known['name']}, nor it on this one")

    # ---- rankings
    def tie_break(self, scenario: dict | None = None) -> dict:
        """The need whose measure orders frameworks within a shared place."""
        return (scenario or {}).get("tie_break") or self.data.guides.get("tie_break") or {"maintenance": True}

    def rank(self, needs: list[dict], tie_break: dict | None = None) -> list[dict]:
        """Every framework, best first: {id, framework, points, best, percent, place, tied, reasons}."""
        tie = self.credits(tie_break or self.tie_break())
        rows = []
        for order, (fid, fw) in enumerate(self.data.frameworks.items()):
            reasons = []
            for need in needs:
                c = self.credits(need)[fid]
                top = None if c.value is None else FULL * need["weight"]
                points = None if c.value is None else c.value * need["weight"]
                reasons.append(
                    dict(need=need, criterion=criterion(need), kind=kind_of(need), credit=c, points=points, max=top)
                )
                if need.get("feature") and c.entry:  # the template shows the support level and its note
                    reasons[-1].update(support=c.entry["support"], entry=c.entry)
            points = sum(r["points"] for r in reasons if r["points"] is not None)
            best = sum(r["max"] for r in reasons if r["max"] is not None)
            rows.append(
                {
                    "id": fid,
                    "framework": fw,
                    "points": points,
                    "best": best,
                    "percent": percent(points, best),
                    "reasons": reasons,
                    "tie": tie[fid].order,
                    "order": order,
                    "flags": flags(self.data, fid),
                }
            )
        return place(rows)

    @cached_property
    def scenarios(self) -> dict[str, list[dict]]:
        return {s["id"]: self.rank(s["needs"], self.tie_break(s)) for s in self.data.guides["scenarios"]}

    def pick_when(self, a: str, b: str, margin: int = 10) -> dict[str, list[dict]]:
        """For a pair: the scenarios where each framework's percent is clearly higher than the other's."""
        out = {a: [], b: []}
        for scenario in self.data.guides["scenarios"]:
            rows = {r["id"]: r for r in self.scenarios[scenario["id"]] if r["id"] in (a, b)}
            sa, sb = rows[a], rows[b]
            if sa["percent"] is None or sb["percent"] is None or abs(sa["percent"] - sb["percent"]) < margin:
                continue
            winner, loser = (sa, sb) if sa["percent"] > sb["percent"] else (sb, sa)
            out[winner["id"]].append({"scenario": scenario, "winner": winner, "loser": loser})
        return out

    def questions(self) -> list[dict]:
        """The questionnaire, with a question's `every_framework` turned into one answer per framework."""
        out = []
        for q in self.data.guides["questions"]:
            answers = list(q["answers"])
            if "every_framework" in q:
                template = q["every_framework"]
                answers = [
                    {
                        "id": fid,
                        "label": fw["name"],
                        "generated": True,
                        "needs": [{"knows": fid, "weight": template["weight"], "why": template["why"]}],
                    }
                    for fid, fw in self.data.frameworks.items()
                ] + answers
            out.append(
                {"id": q["id"], "text": q["text"], "answers": answers, "every_framework": q.get("every_framework")}
            )
        return out

    def needs_used(self) -> list[dict]:
        """One need per criterion that a scenario, a question or a tie-break uses."""
        seen: dict[str, dict] = {}
        every = [n for s in self.data.guides["scenarios"] for n in s["needs"]]
        every += [n for q in self.questions() for a in q["answers"] for n in a["needs"]]
        every += [self.tie_break()] + [self.tie_break(s) for s in self.data.guides["scenarios"]]
        for need in every:
            seen.setdefault(criterion(need), need)
        return list(seen.values())


def percent(points: int, best: int) -> int | None:
    return None if not best else (200 * points + best) // (2 * best)


def place(rows: list[dict]) -> list[dict]:
    """Sort best first and give equal percents the same place; `tied` marks a shared place."""
    rows.sort(key=lambda r: (r["percent"] is None, -(r["percent"] or 0), r["tie"] is None, r["tie"] or 0, r["order"]))
    scored = [r["percent"] for r in rows if r["percent"] is not None]
    for r in rows:
        if r["percent"] is None:
            r["place"] = len(scored) + 1
        else:
            r["place"] = 1 + sum(1 for p in scored if p > r["percent"])
        r["tied"] = sum(1 for x in rows if x["percent"] == r["percent"]) > 1
    return rows


def place_label(row: dict) -> str:
    return ("=" if row["tied"] else "") + str(row["place"])


def gaps(row: dict) -> list[dict]:
    """Needs of weight 2 or more that a framework meets poorly (credit 0 or 1): its caveats."""
    return [
        r
        for r in row["reasons"]
        if r["need"]["weight"] >= 2 and r["credit"].value is not None and r["credit"].value <= 1
    ]


def no_data(row: dict) -> list[dict]:
    return [r for r in row["reasons"] if r["credit"].value is None]


def groups(ranking: list[dict]) -> list[list[dict]]:
    """Rows that share a place, together."""
    out: list[list[dict]] = []
    for row in ranking:
        if out and out[-1][0]["place"] == row["place"]:
            out[-1].append(row)
        else:
            out.append([row])
    return out


def leaders(ranking: list[dict], at_least: int = 3) -> list[dict]:
    """The best rows, whole places only: at least `at_least` rows unless fewer exist, never half a tie."""
    out: list[dict] = []
    for group in groups(ranking):
        if len(out) >= at_least:
            break
        out += group
    return out


def tie_words(ranker: Ranker, tie_break: dict) -> str:
    label = ranker.label(tie_break).lower()
    if all(c.order is None for c in ranker.credits(tie_break).values()):
        return f"Within a shared place frameworks are listed by name: there is no data yet for the tie-break ({label})."
    return f"Frameworks that share a place are listed by {label} (best first), then by name."


# -- the published form ------------------------------------------------------------------------
def api(ranker: Ranker, base_url: str = "") -> dict:
    """Everything /api/guides.json publishes: each criterion's credits and every scenario's ranking."""
    data = ranker.data
    criteria = {}
    for need in ranker.needs_used():
        credits = ranker.credits(need)
        criteria[criterion(need)] = {
            "label": ranker.label(need),
            "explain": ranker.explain(need),
            "credits": {
                fid: {"credit": c.value, "said": c.said, "source": c.source or None, "order": c.order}
                for fid, c in credits.items()
            },
        }

    def need_out(n):
        return {"criterion": criterion(n), "weight": n["weight"], "why": n["why"]}

    return {
        "version": 1,
        "full": FULL,
        "rule": RULE,
        "weights": {str(k): v for k, v in WEIGHTS.items()},
        "frameworks": [
            {
                "id": fid,
                "name": fw["name"],
                "kind": fw["kind"],
                "health": (data.index.get(fid) or {}).get("health", "unknown"),
                "flags": flags(data, fid),
            }
            for fid, fw in data.frameworks.items()
        ],
        "tie_break": criterion(ranker.tie_break()),
        "criteria": criteria,
        "scenarios": [
            {
                "id": s["id"],
                "title": s["title"],
                "url": f"{base_url}guides/{s['id']}/",
                "tie_break": criterion(ranker.tie_break(s)),
                "needs": [need_out(n) for n in s["needs"]],
                "ranking": [
                    {
                        "id": r["id"],
                        "name": r["framework"]["name"],
                        "points": r["points"],
                        "best": r["best"],
                        "percent": r["percent"],
                        "place": r["place"],
                        "tied": r["tied"],
                        "flags": [f["id"] for f in r["flags"]],
                        "reasons": [
                            {
                                "criterion": x["criterion"],
                                "credit": x["credit"].value,
                                "points": x["points"],
                                "max": x["max"],
                                "said": x["credit"].said,
                            }
                            for x in r["reasons"]
                        ],
                    }
                    for r in ranker.scenarios[s["id"]]
                ],
            }
            for s in data.guides["scenarios"]
        ],
        "questions": [
            {
                "id": q["id"],
                "text": q["text"],
                "answers": [
                    {"id": a["id"], "label": a["label"], "needs": [need_out(n) for n in a["needs"]]}
                    for a in q["answers"]
                ],
            }
            for q in ranker.questions()
        ],
    }


_rankers: dict[int, tuple[Dataset, Ranker]] = {}


def ranker_for(data: Dataset, root: Path = ROOT) -> Ranker:
    """The one Ranker of a dataset (with the evidence found under root), shared by pages and exports."""
    held = _rankers.get(id(data))
    if held is None or held[0] is not data:
        _rankers.clear()
        held = _rankers[id(data)] = (data, Ranker(data, gather(data, root)))
    return held[1]


def rank(data: Dataset, needs: list[dict]) -> list[dict]:
    """Every framework ranked for a set of needs, with the dataset's evidence and default tie-break."""
    return ranker_for(data).rank(needs)


def pick_when(data: Dataset, a: str, b: str, margin: int = 10) -> dict[str, list[dict]]:
    """For a pair: the scenarios where each framework's percent is clearly higher (see Ranker.pick_when)."""
    return ranker_for(data).pick_when(a, b, margin)
