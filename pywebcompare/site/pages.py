"""Every page of the site as engine-neutral values: one small function per page kind, each
drawing the template of the same name. Nothing here knows about MkDocs or its theme.
"""

from __future__ import annotations

import io
import re
import tokenize
from dataclasses import dataclass, field
from functools import cached_property

from pywebcompare.data import freshness
from pywebcompare.data.dataset import Dataset
from pywebcompare.data.vocab import FACTS, SUPPORT
from pywebcompare.evidence import speed
from pywebcompare.site import behaviour, guides
from pywebcompare.site.compare import (
    changes_by_day,
    claim_groups,
    claim_labels,
    claims_per_framework,
    compare,
    fact_text,
    popular_pairs,
    verdict_counts,
)
from pywebcompare.site.compare import decisive as compare_decisive
from pywebcompare.site.templating import render
from pywebcompare.site.urls import (
    MATRIX_NOTES,
    Links,
    base_for,
    behaviour_src,
    code_src,
    feature_src,
    framework_file,
    framework_src,
    guide_src,
    pair_src,
    retired_src,
    safe_url,
    url_of,
)


@dataclass(frozen=True)
class Site:
    """What every page is drawn from: the dataset and where its files can be edited."""

    data: Dataset
    links: Links
    site_url: str = ""  # absolute root, for the feed
    drawn: dict = field(default_factory=dict, compare=False, repr=False)  # see once()

    def __post_init__(self):
        link_snapshot_sources(self.data, self.links)

    @cached_property
    def stale_before(self) -> str:
        """Items checked before this date are shown as possibly out of date."""
        return freshness.cutoff().isoformat()

    def once(self, key: tuple, draw, *args):
        """A fragment drawn once and reused wherever `key` recurs: one framework's code for a task, or
        its cell for a feature, is the same on each of its pair pages (most of a build's drawing)."""
        if key not in self.drawn:
            self.drawn[key] = draw(*args)
        return self.drawn[key]

    def draw(self, template: str, **context) -> str:
        return render(
            template, data=self.data, links=self.links, stale_before=self.stale_before, once=self.once, **context
        )


def link_snapshot_sources(data: Dataset, links: Links) -> None:
    """Facts read from a package-index snapshot cite the snapshot file (a path in the repository,
    so no index address is stored anywhere): here each such path becomes a link to that file."""
    for fid, derived in data.index.items():
        path = derived.get("source")
        if not isinstance(path, str) or safe_url(path):
            continue  # already a link (this dataset was drawn before)
        derived["source"] = links.view(path)
        for fact in (data.frameworks.get(fid) or {}).get("facts", {}).values():
            if isinstance(fact, dict) and fact.get("source") == path:
                fact["source"] = derived["source"]


@dataclass(frozen=True)
class Page:
    """A generated page: where it lives, what it is called, and its body, already HTML.

    `search_weight` ranks it in site search relative to an ordinary page (1); 0 keeps it out.
    """

    src: str  # e.g. "frameworks/flask.md"
    title: str
    description: str
    html: str
    data_file: str = ""  # the YAML file a reader would edit to change the page
    search_weight: float = 1
    wide: bool = False  # drawn across the whole width, without side navigation or table of contents
    toc: bool = False  # a wide page that keeps its table of contents (long pages such as a pair's)
    search_text: str = ""  # when given, search indexes this plain text for the page instead of its body
    # Sections search indexes beside the page, each (anchor, title, plain text, weight): what the page's
    # tables and code say, which the theme's indexer never sees (tables and code are kept out of its way).
    search_sections: tuple = ()

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


HEADING = re.compile(r'<h([23])(?: data-search-exclude)? id="([^"]+)">(.*?)<a class="headerlink"')


def all_pages(site: Site) -> list[Page]:
    data = site.data
    pages = [framework_page(site, fid) for fid in data.frameworks]
    pages += [retired_page(site, r) for r in data.retired]
    pages += [feature_page(site, f["id"]) for f in data.features]
    pages += [guide_page(site, s["id"]) for s in data.guides["scenarios"]]
    pages += [pair_page(site, a, b) for a, b in data.pairs()]
    if data.examples:
        pages.append(code_index_page(site))
        pages += [code_task_page(site, t["id"]) for t in data.examples["tasks"]]
    if data.behaviour:
        pages.append(behaviour_page(site))
        pages += [probe_page(site, p) for p in data.behaviour["probes"]]
    return pages


def framework_page(site: Site, fid: str) -> Page:
    fw = site.data.frameworks[fid]
    src = framework_src(fid)
    others = [o for o in site.data.frameworks if o != fid]
    html = site.draw("framework.html.j2", fw=fw, base=base_for(url_of(src)), others=others)
    return Page(
        src,
        fw["name"],
        f"{fw['name']}: {fw['summary']}",
        html,
        framework_file(fid),
        search_weight=3,
        search_sections=framework_sections(site.data, fw),
    )


def framework_sections(data: Dataset, fw: dict) -> tuple:
    """A framework page's tables as search sections: its facts in one, then one per feature (level,
    package and note), so a word found only in a cell leads to that row."""
    facts = []
    for key, label in FACTS:
        fact = fw["facts"][key]
        facts.append(f"{label}: {fact_text(fact)}.{' ' + fact['note'] if fact.get('note') else ''}")
    # The framework's name stands in each section's text, not its title: a title word counts most, and
    # "django" must find Django's page before the rows of Django Ninja's, whose titles would all say Django.
    name = fw["name"]
    sections = [("facts", "Facts", f"{name}. " + " ".join(facts), ROW_SEARCH_WEIGHT)]
    for feature in data.features:
        entry = fw["features"][feature["id"]]
        package = f" ({entry['package']})" if entry.get("package") else ""
        text = f"{name}: {SUPPORT[entry['support']][1]}{package}. {entry['note']}"
        sections.append((f"f-{feature['id']}", feature["name"], text, ROW_SEARCH_WEIGHT))
    return tuple(sections)


def retired_page(site: Site, retired: dict) -> Page:
    src = retired_src(retired["id"])
    html = site.draw("retired.html.j2", r=retired, base=base_for(url_of(src)))
    title = f"{retired['name']} (retired)"
    description = f"{retired['name']} is {retired['status']}: its last release, and what to use instead."
    return Page(src, title, description, html, "data/retired.yaml", search_weight=3)


def feature_page(site: Site, feature_id: str) -> Page:
    feature = site.data.feature(feature_id)
    src = feature_src(feature_id)
    html = site.draw("feature.html.j2", feature=feature, base=base_for(url_of(src)))
    description = f"{feature['name']} in Python web frameworks: {feature['why']}"
    return Page(src, feature["name"], description, html, "data/features.yaml", search_weight=2)


def guide_page(site: Site, sid: str) -> Page:
    scenario = site.data.scenario(sid)
    src = guide_src(sid)
    ranker = guides.ranker_for(site.data)
    ranking = ranker.scenarios[sid]
    top = ", ".join(r["framework"]["name"] for r in guides.leaders(ranking))
    description = f"{scenario['title']}: which Python web framework fits ({top}), why, and what to watch out for."
    html = site.draw(
        "guide.html.j2",
        scenario=scenario,
        ranking=ranking,
        ranker=ranker,
        tie_break=ranker.tie_break(scenario),
        base=base_for(url_of(src)),
    )
    return Page(src, scenario["title"], description, html, "data/guides.yaml", search_weight=2)


def pair_page(site: Site, a: str, b: str) -> Page:
    comparison = compare(site.data, a, b)
    fa, fb = comparison["frameworks"]
    src = pair_src(a, b)
    title = f"{fa['name']} vs {fb['name']}"
    n = len(comparison["differ"])
    features = f"{n} feature{'s' if n != 1 else ''}"
    description = f"{title}: facts side by side, the {features} where they differ, and when to pick which."
    picks = guides.pick_when(site.data, a, b)
    decisive = compare_decisive(site.data, a, b, DECISIVE)
    brows = behaviour.pair(site.data, a, b)
    html = site.draw(
        "pair.html.j2", c=comparison, base=base_for(url_of(src)), picks=picks, decisive=decisive, brows=brows
    )
    # The table of contents inside the page, for phones (the theme's sidebar shows it on wide screens).
    contents = site.draw("contents.html.j2", headings=Page(src, title, "", html).headings())
    html = html.replace(CONTENTS_MARK, contents, 1)
    # Searched by its title and one short sentence, so "flask vs django" finds it without flooding the
    # index (and without the engine parsing the whole page for it).
    search_text = f"They differ on {n} of {len(comparison['differ']) + len(comparison['alike'])} features."
    data_file = framework_file(comparison["ids"][0])
    return Page(
        src,
        title,
        description,
        html,
        data_file,
        search_weight=PAIR_SEARCH_WEIGHT,
        wide=True,
        toc=True,
        search_text=search_text,
    )


CONTENTS_MARK = "<!-- contents -->"  # where a long page's own table of contents goes
DECISIVE = 5  # differences a pair page names in its first screen
ROW_SEARCH_WEIGHT = 0.3  # a framework page's table row, well below the page itself (3)
COMMENT_SEARCH_WEIGHT = 3  # an example's comments, which explain the identifiers the code uses
PAIR_SEARCH_WEIGHT = 2  # a query naming both frameworks ranks the pair first; one name, its own page (3)


def code_index_page(site: Site) -> Page:
    src = code_src()
    html = site.draw("code_index.html.j2", cat=site.data.examples, base=base_for(url_of(src)))
    description = (
        "The same tasks written in every Python web framework, each run against its real release in the tests."
    )
    return Page(src, "Code examples", description, html, "data/tasks.yaml", search_weight=2, wide=True)


def code_task_page(site: Site, task_id: str) -> Page:
    task = site.data.examples["by_id"][task_id]
    src = code_src(task_id)
    html = site.draw("code_task.html.j2", task=task, base=base_for(url_of(src)))
    title = f"{task['title']} in every framework"
    # Searched by its summary: the code itself stays out of the index (and out of the indexer's way).
    description = f"{task['title']}: {task['summary']}"
    # Each example's comments are searched too (under the example's anchor), so "response_model" finds
    # the FastAPI example that explains it.
    sections = tuple(
        (e["framework"], f"{task['title']}: {e['name']}", " ".join(code_comments(e["code"])), COMMENT_SEARCH_WEIGHT)
        for e in task["entries"]
        if e["kind"] == "code" and code_comments(e["code"])
    )
    return Page(src, title, description, html, "data/tasks.yaml", search_text=task["summary"], search_sections=sections)


def code_comments(code: str) -> list[str]:
    """The text of a Python file's comments, without the markers."""
    tokens = tokenize.generate_tokens(io.StringIO(code).readline)
    return [t.string.lstrip("#").strip() for t in tokens if t.type == tokenize.COMMENT and t.string.strip("#! ")]


def behaviour_page(site: Site) -> Page:
    src = behaviour_src()
    rows = behaviour.table(site.data)
    html = site.draw("behaviour.html.j2", rows=rows, fids=behaviour.observed(site.data), base=base_for(url_of(src)))
    description = (
        "What each Python web framework answers when a request goes wrong: 400 or 422, 404 or a 308 redirect for a "
        "missing trailing slash, 405 Method Not Allowed, 500; observed over real HTTP, not described."
    )
    return Page(
        src, "Behaviour: when requests go wrong", description, html, "data/behaviour/", search_weight=2, wide=True
    )


def probe_page(site: Site, probe: dict) -> Page:
    src = behaviour_src(probe["id"])
    cells = [(fid, behaviour.cell(site.data, fid, probe["id"])) for fid in behaviour.observed(site.data)]
    html = site.draw("behaviour_probe.html.j2", probe=probe, cells=cells, base=base_for(url_of(src)))
    answers = "; ".join(
        f"{site.data.frameworks[fid]['name']} {c['status']} {c['phrase']}" for fid, c in cells if c["kind"] == "answer"
    )
    request = f"{probe['request']['method']} {probe['request']['path']}"
    return Page(src, probe["title"], f"{probe['title']} ({request}): {answers}.", html, "data/behaviour/")


# -- pieces of hand-written pages (docs/*.md call them through the engine's macros) -------------
def at_a_glance(site: Site, base: str) -> str:
    return site.draw("glance.html.j2", base=base)


def matrix(site: Site, base: str) -> str:
    return site.draw("matrix.html.j2", base=base, mode="matrix")


def framework_list(site: Site, base: str) -> str:
    return site.draw("framework_list.html.j2", base=base)


def support_legend(site: Site, base: str) -> str:
    return site.draw("legend.html.j2")  # links nowhere: `base` is taken only to match the other fragments


def compare_picker(site: Site, base: str) -> str:
    """The N-way compare: the matrix's own markup with facts rows, and the popular pairs."""
    first = site.data.guides.get("first_question")
    popular = [tuple(sorted(first))] if first else []
    popular += [p for p in popular_pairs(site.data) if p not in popular]
    starting = list(dict.fromkeys(fid for pair in popular for fid in pair))[:3]  # shown until the reader picks
    return site.draw("picker.html.j2", base=base, popular=popular, starting=starting)


def guides_overview(site: Site, base: str) -> str:
    ranker = guides.ranker_for(site.data)
    overview = [
        {"scenario": s, "top": guides.groups(ranker.scenarios[s["id"]])[:3]} for s in site.data.guides["scenarios"]
    ]
    return site.draw("guides_overview.html.j2", base=base, overview=overview)


def questionnaire(site: Site, base: str) -> str:
    ranker = guides.ranker_for(site.data)
    return site.draw("questionnaire.html.j2", base=base, ranker=ranker, questions=ranker.questions())


def claims(site: Site, base: str) -> str:
    return site.draw(
        "claims.html.j2",
        base=base,
        groups=claim_groups(site.data),
        labels=claim_labels(site.data),
        counts=verdict_counts(site.data),
        per_framework=claims_per_framework(site.data),
    )


def changes(site: Site, base: str) -> str:
    return site.draw("changes.html.j2", base=base, days=changes_by_day(site.data))


def performance(site: Site, base: str) -> str:
    """/performance/: the newest measured speed run, with the cited benchmarks as context."""
    names = {fid: fw["name"] for fid, fw in site.data.frameworks.items()}
    return site.draw(
        "performance.html.j2",
        base=base,
        **speed.page(site.data.speed, names, site.data.benchmarks["benchmarks"], site.data.speed_runs),
    )


def files(site: Site) -> dict[str, str]:
    """Drawn files that are not pages, by their path in the site."""
    return {MATRIX_NOTES: site.draw("matrix_notes.html.j2", base=base_for(MATRIX_NOTES))}


FRAGMENTS = {  # name -> function(site, base): the pieces hand-written pages may include
    f.__name__: f
    for f in (
        at_a_glance,
        matrix,
        framework_list,
        support_legend,
        compare_picker,
        guides_overview,
        questionnaire,
        claims,
        changes,
        performance,
    )
}
