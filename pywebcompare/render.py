"""Turn the dataset into page content (Markdown with HTML blocks) and data downloads.

Python prepares plain values; the Jinja templates in templates/ draw them, with autoescaping on,
so text from data files is always escaped. Nothing here imports MkDocs.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
from dataclasses import dataclass
from functools import cached_property
from urllib.parse import urlencode

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from . import ROOT, freshness, guides
from .dataset import SUPPORT, Dataset

FACTS = [  # fact key -> label, in the order pages show them
    ("interface", "Interface"),
    ("latest_version", "Latest version"),
    ("min_python", "Minimum Python"),
    ("license", "License"),
    ("first_release", "First release"),
    ("built_on", "Built on"),
]
WEIGHTS = {1: "nice to have", 2: "important", 3: "essential"}
VERDICTS = {  # verdict -> (icon, words, meaning)
    "true": ("✔", "True", "The primary sources support it."),
    "partly-true": ("◐", "Partly true", "Some of it holds; the explanation says which part."),
    "false": ("✖", "False", "The primary sources contradict it."),
    "misattributed": ("↔", "Misattributed", "True of something else, such as another framework."),
    "outdated": ("↺", "Outdated", "It was true once and no longer is."),
    "unverifiable": ("?", "Unverifiable", "No primary source we could find shows it either way."),
    "opinion": ("❝", "Opinion", "A judgement, not a fact that sources can settle."),
}
EVIDENCE = {"docs": "docs", "source": "source code", "changelog": "changelog", "benchmark": "benchmark", "blog": "blog"}


@dataclass(frozen=True)
class Page:
    """A generated page: its path under docs/, its metadata and its body, already HTML.

    `markdown` (front matter + HTML) suits any Markdown engine; an engine that can take HTML
    directly should use `html` and `headings` and skip Markdown, which is much faster.
    """

    src: str  # e.g. "frameworks/flask.md"
    front_matter: str
    html: str
    data_file: str = ""  # the YAML file a reader would edit to change the page

    @property
    def markdown(self) -> str:
        return self.front_matter + self.html

    @property
    def url(self) -> str:
        return url_of(self.src)

    def headings(self) -> list[dict]:
        """h2/h3 headings as a nested table of contents: {level, id, name, children}."""
        toc: list[dict] = []
        for level, hid, name in HEADING.findall(self.html):
            item = {"level": int(level), "id": hid, "name": name, "children": []}
            if item["level"] == 3 and toc:
                toc[-1]["children"].append(item)
            else:
                toc.append(item)
        return toc


HEADING = re.compile(r'<h([23]) id="([^"]+)">(.*?)<a class="headerlink"')


def url_of(src: str) -> str:
    """'frameworks/flask.md' -> 'frameworks/flask/' (directory URLs)."""
    return "" if src == "index.md" else re.sub(r"(/index)?\.md$", "", src) + "/"


def safe_url(url) -> str:
    """Only http(s) links ever reach an href; anything else becomes an empty link."""
    return url if isinstance(url, str) and re.match(r"^https?://", url) else ""


def fact_text(fact: dict) -> str:
    value = fact["value"]
    if isinstance(value, list):
        return ", ".join(value) if value else "nothing (stands alone)"
    if "date" in fact:
        return f"{value} ({fact['date']})"
    return str(value)


def pair_id(a: str, b: str) -> str:
    a, b = sorted((a, b))
    return f"{a}-vs-{b}"


def base_for(url: str) -> str:
    """Relative prefix from a page URL like 'compare/a-vs-b/' back to the site root."""
    return "../" * url.count("/")


class Renderer:
    """Renders every page of the site from one dataset."""

    def __init__(self, data: Dataset, repo: str, branch: str = "main", site_url: str = ""):
        self.data = data
        self.site_url = site_url.rstrip("/") + "/" if site_url else ""
        self.repo = repo.rstrip("/")
        self.branch = branch
        self.env = Environment(
            loader=FileSystemLoader(ROOT / "templates"),
            autoescape=True,
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
        )
        self.env.filters.update(safe_url=safe_url, fact_text=fact_text)
        self.env.globals.update(
            SUPPORT=SUPPORT,
            FACTS=FACTS,
            EVIDENCE=EVIDENCE,
            WEIGHTS=WEIGHTS,
            VERDICTS=VERDICTS,
            r=self,
            data=data,
            pair_id=pair_id,
            gaps=guides.gaps,
        )

    # -- helpers the templates call -------------------------------------------------------------
    def edit_url(self, data_file: str) -> str:
        return f"{self.repo}/edit/{self.branch}/{data_file}"

    def report_url(self, data_file: str, page_title: str) -> str:
        query = urlencode({"template": "wrong-data.yml", "title": f"[data] {page_title}: ", "data-file": data_file})
        return f"{self.repo}/issues/new?{query}"

    def by_support(self, feature_id: str) -> list[tuple[str, dict]]:
        """Frameworks ordered from the best support of a feature to none, then by name."""
        return sorted(
            self.data.frameworks.items(), key=lambda kv: -SUPPORT[kv[1]["features"][feature_id]["support"]][2]
        )

    def framework_file(self, fid: str) -> str:
        return f"data/frameworks/{fid}.yaml"

    @cached_property
    def stale_before(self) -> str:
        """Items checked before this date are shown as possibly out of date."""
        return freshness.cutoff().isoformat()

    def _render(self, template: str, **context) -> str:
        text = self.env.get_template(template).render(**context)
        # A blank line would end an HTML block in Markdown; templates never need one inside HTML.
        return re.sub(r"\n\s*\n(?=\s*<)", "\n", text)

    @staticmethod
    def front_matter(title: str, description: str, **meta) -> str:
        """YAML front matter; title and description are HTML-escaped because the theme prints
        them without escaping."""
        fields = {"title": html.escape(title), "description": html.escape(description), **meta}
        return "---\n" + "".join(f"{k}: {json.dumps(v)}\n" for k, v in fields.items()) + "---\n\n"

    # -- generated pages ------------------------------------------------------------------------
    def pages(self) -> list[Page]:
        pages = [self.framework_page(fid) for fid in self.data.frameworks]
        pages += [self.feature_page(f["id"]) for f in self.data.features]
        pages += [self.guide_page(s["id"]) for s in self.data.guides["scenarios"]]
        pages += [self.pair_page(a, b) for a, b in self.data.pairs()]
        return pages

    def guide_page(self, sid: str) -> Page:
        scenario = self.data.scenario(sid)
        src = f"guides/{sid}.md"
        ranking = guides.rank(self.data, scenario["needs"])
        top = ", ".join(r["framework"]["name"] for r in ranking[:3])
        head = self.front_matter(
            scenario["title"],
            f"{scenario['title']}: which Python web framework fits ({top}), why, and what to watch out for.",
            search={"boost": 2},
        )
        body = self._render("guide.html.j2", scenario=scenario, ranking=ranking, base=base_for(url_of(src)))
        return Page(src, head, body, "data/guides.yaml")

    def framework_page(self, fid: str) -> Page:
        fw = self.data.frameworks[fid]
        src = f"frameworks/{fid}.md"
        head = self.front_matter(fw["name"], f"{fw['name']}: {fw['summary']}", search={"boost": 3})
        body = self._render(
            "framework.html.j2", fw=fw, base=base_for(url_of(src)), others=[o for o in self.data.frameworks if o != fid]
        )
        return Page(src, head, body, self.framework_file(fid))

    def feature_page(self, feature_id: str) -> Page:
        feature = self.data.feature(feature_id)
        src = f"features/{feature_id}.md"
        head = self.front_matter(
            feature["name"], f"{feature['name']} in Python web frameworks: {feature['why']}", search={"boost": 2}
        )
        body = self._render("feature.html.j2", feature=feature, base=base_for(url_of(src)))
        return Page(src, head, body, "data/features.yaml")

    def pair_page(self, a: str, b: str) -> Page:
        comparison = self.compare(a, b)
        fa, fb = comparison["frameworks"]
        src = f"compare/{pair_id(a, b)}.md"
        title = f"{fa['name']} vs {fb['name']}"
        head = self.front_matter(
            title,
            f"{title}: facts side by side, the {len(comparison['differ'])} features where they differ, and when to pick which.",
            search={"exclude": True},
        )
        body = self._render(
            "pair.html.j2", c=comparison, base=base_for(url_of(src)), picks=guides.pick_when(self.data, a, b)
        )
        return Page(src, head, body, self.framework_file(a))

    # -- comparisons ----------------------------------------------------------------------------
    def compare(self, a: str, b: str) -> dict:
        """Two frameworks side by side: features where they differ first (largest gap first)."""
        a, b = sorted((a, b))
        fa, fb = self.data.frameworks[a], self.data.frameworks[b]
        rows = []
        for feature in self.data.features:
            sa, sb = fa["features"][feature["id"]], fb["features"][feature["id"]]
            gap = SUPPORT[sa["support"]][2] - SUPPORT[sb["support"]][2]
            rows.append({"feature": feature, "a": sa, "b": sb, "gap": gap})
        differ = sorted((r for r in rows if r["gap"]), key=lambda r: -abs(r["gap"]))  # each level has its own score
        alike = [r for r in rows if not r["gap"]]
        return {"ids": (a, b), "frameworks": (fa, fb), "differ": differ, "alike": alike}

    def comparison_table(self, a: str, b: str) -> list[dict]:
        """One row per fact and feature: the shape of the CSV and JSON downloads."""
        fa, fb = (self.data.frameworks[x] for x in sorted((a, b)))
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
        for feature in self.data.features:
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

    def pair_downloads(self, a: str, b: str) -> dict[str, str]:
        a, b = sorted((a, b))
        rows = self.comparison_table(a, b)
        out = io.StringIO()
        names = {"a": a, "b": b, "a_source": f"{a}_source", "b_source": f"{b}_source"}
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["kind", "id", "name", a, b, f"{a}_source", f"{b}_source"])
        for row in rows:
            writer.writerow([_csv_cell(row[k]) for k in ("kind", "id", "name", "a", "b", "a_source", "b_source")])
        as_json = {"frameworks": [a, b], "rows": [{names.get(k, k): v for k, v in row.items()} for row in rows]}
        folder = f"compare/{pair_id(a, b)}"
        return {
            f"{folder}/comparison.csv": out.getvalue(),
            f"{folder}/comparison.json": json.dumps(as_json, indent=1, ensure_ascii=False) + "\n",
        }

    # -- macros for hand-written pages ---------------------------------------------------------
    def at_a_glance(self, base: str) -> str:
        return self._render("glance.html.j2", base=base)

    def matrix(self, base: str) -> str:
        return self._render("matrix.html.j2", base=base)

    def framework_list(self, base: str) -> str:
        return self._render("framework_list.html.j2", base=base)

    def support_legend(self) -> str:
        return self._render("legend.html.j2")

    def compare_picker(self, base: str) -> str:
        return self._render("picker.html.j2", base=base)

    def guides_overview(self, base: str) -> str:
        overview = [
            {"scenario": s, "top": guides.rank(self.data, s["needs"])[:3]} for s in self.data.guides["scenarios"]
        ]
        return self._render("guides_overview.html.j2", base=base, overview=overview)

    def questionnaire(self, base: str) -> str:
        return self._render("questionnaire.html.j2", base=base)

    def claims(self, base: str) -> str:
        items = self.data.claims["claims"]
        groups = [
            (
                "article",
                "Claims of the FastAPI vs Flask article",
                sorted((c for c in items if "seed" in c and "company" not in c), key=lambda c: c["seed"]),
            ),
            ("companies", "Who uses which framework", [c for c in items if "company" in c]),
            ("widespread", "Other widespread claims", [c for c in items if "seed" not in c and "company" not in c]),
        ]
        return self._render("claims.html.j2", base=base, groups=groups)

    def changes_newest_first(self) -> list[dict]:
        return sorted(self.data.changes["changes"], key=lambda c: c["date"], reverse=True)  # stable within a day

    def changes(self, base: str) -> str:
        days: dict[str, list] = {}
        for change in self.changes_newest_first():
            days.setdefault(change["date"], []).append(change)
        return self._render("changes.html.j2", base=base, days=list(days.items()))

    def feed(self) -> str:
        return self.env.get_template("feed.xml.j2").render(changes=self.changes_newest_first(), site_url=self.site_url)

    # -- files that are not pages ---------------------------------------------------------------
    def export(self) -> dict:
        """The whole validated dataset, as published at /api/frameworks.json."""
        return {
            "version": 1,
            "support_levels": {k: {"icon": i, "words": w, "score": n} for k, (i, w, n) in SUPPORT.items()},
            "features": self.data.catalogue,
            "frameworks": self.data.frameworks,
            "claims": self.data.claims,
            "guides": self.data.guides,
            "benchmarks": self.data.benchmarks,
            "changes": self.data.changes,
        }

    def redirect(self, target_url: str, base: str) -> str:
        return self.env.get_template("redirect.html.j2").render(target=base + target_url)

    def files(self) -> dict[str, str]:
        """Downloads, the API, the schemas and the redirects from reversed pair URLs."""
        from .schema import schemas

        out = {
            "api/frameworks.json": json.dumps(self.export(), indent=1, ensure_ascii=False) + "\n",
            "changes/feed.xml": self.feed(),
        }
        out.update({f"schemas/{name}": json.dumps(s, indent=2) + "\n" for name, s in schemas().items()})
        for a, b in self.data.pairs():
            out.update(self.pair_downloads(a, b))
            out[f"compare/{b}-vs-{a}/index.html"] = self.redirect(f"compare/{a}-vs-{b}/", "../../")
        return out


def _csv_cell(value: str) -> str:
    # A cell starting with = + - @ runs as a formula in spreadsheets; a leading quote keeps it text.
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value
