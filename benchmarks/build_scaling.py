#!/usr/bin/env python3
"""Build-scaling benchmark: does the build stay linear as frameworks are added?

Copies the project to a temporary folder, adds synthetic frameworks (copies of the real files
under new ids) up to N = 50 and 100 (the first row is the real data), builds each strictly and prints build time, page count,
time per page, the size of one pair page (raw and gzipped) and of the search index.

Then it measures the overhead of the data layer at N = 14: our site and two plain Material sites
(the stock theme without our override, no hooks, no macros plugin; the same theme options, Markdown
extensions and search plugin) built
in turn three times each in one run, so all see the same machine load; ratios of medians are the
figures that travel between machines. Printed:

- our build / a plain Material site of the same pages (target <= 1.2): the plain site holds every
  page of ours as a Markdown file (each generated page's front matter and HTML, the written pages
  with their macros expanded) and the same downloads: what the data layer costs over keeping the
  very same site by hand. Ours can be the faster: generated pages skip the Markdown pass and carry
  their own search text;
- the data layer's share: each of our builds runs in its own process with a clock around every
  event handler of our hooks and of the macros plugin, splitting it into "ours" (loading and
  checking the data, drawing pages, the macros on written pages) and the rest (MkDocs, the theme's
  templates, its search indexer); printed as whole build / the rest;
- our build / a plain site of as many short pages (eight short paragraphs each, while ours are up to
  150 KB of HTML): this mostly measures page size.

    python benchmarks/build_scaling.py [N ...]
"""

from __future__ import annotations

import gzip
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TOP_LEVEL = {".venv", ".venv-examples", ".venv-bench", "site", ".git", "tests", "benchmarks", "node_modules", ".cache"}


def IGNORE(folder, names):  # noqa: N802 (a copytree ignore)
    """The project's own build, environments and tests, at its top level only: pywebcompare/site stays."""
    top = Path(folder).resolve() == ROOT
    return {n for n in names if n == "__pycache__" or (top and n in TOP_LEVEL)}


def make_project(tmp: Path, n: int) -> Path:
    project = tmp / f"n{n}"
    shutil.copytree(ROOT, project, ignore=IGNORE)
    real = sorted((project / "data/frameworks").glob("*.yaml"))
    for i in range(max(0, n - len(real))):
        source = real[i % len(real)]
        fid = f"synthetic-{i:03d}"
        text = re.sub(r"^id: .*$", f"id: {fid}", source.read_text(), count=1, flags=re.M)
        text = re.sub(r"^name: .*$", f"name: Synthetic {i:03d}", text, count=1, flags=re.M)
        (project / f"data/frameworks/{fid}.yaml").write_text(text)
        snapshot = project / f"data/index/{source.stem}.yaml"  # facts the index settles come with it
        if snapshot.exists():
            shutil.copy(snapshot, project / f"data/index/{fid}.yaml")
    return project  # below the real count, N is the real count: data files refer to each other


def build(project: Path) -> float:
    """Seconds for one strict build of a project."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(project / "site")],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
    )
    seconds = time.perf_counter() - start
    if result.returncode:
        sys.exit(result.stderr[-3000:])
    return seconds


def content_pages(site: Path) -> list[Path]:
    return [p for p in site.rglob("index.html") if 'http-equiv="refresh"' not in p.read_text()[:600]]


def plain_material(tmp: Path, pages: int) -> Path:
    """A stock Material site with `pages` short pages, the same theme options and search plugin."""
    project = tmp / f"plain{pages}"
    docs = project / "docs"
    (docs / "p").mkdir(parents=True)
    (docs / "index.md").write_text("# Home\n\nA plain Material site for comparison.\n")
    for i in range(pages - 1):
        body = "\n\n".join(
            f"## Section {j}\n\nParagraph {j} of page {i}, with a [link](../../index.md)." for j in range(8)
        )
        (docs / "p" / f"page-{i:05d}.md").write_text(f"# Page {i}\n\n{body}\n")
    (project / "mkdocs.yml").write_text(
        "site_name: plain\nsite_url: https://example.org/plain/\nstrict: true\n"
        "theme:\n  name: material\n  font: false\n  features: [content.action.edit, search.highlight]\n"
        "plugins: [search]\nnav:\n  - Home: index.md\nnot_in_nav: |\n  /p/*.md\n"
    )
    return project


def plain_same_pages(tmp: Path, ours: Path) -> Path:
    """A stock Material site holding the very pages of `ours` as Markdown files: each generated page's
    front matter and HTML, the written pages with their macros already expanded, the same downloads,
    theme options, Markdown extensions and search plugin; no hooks and no macros plugin. Against it,
    the ratio is what the data layer costs over keeping the same pages by hand."""
    project = tmp / "plain-same"
    sys.path[:0] = [str(ours)]  # the copy's own core, as its build uses it
    try:
        from pywebcompare.site.portable import write_site
        from pywebcompare.site.state import current

        write_site(current("https://github.com/example/example", "main", "https://example.org/plain/"), ours, project)
    finally:
        del sys.path[0]
    return project


def timed_build(project: Path) -> dict:
    """One build of `project` in a fresh process, split into our event handlers' time and the rest."""
    out = subprocess.run(
        [sys.executable, __file__, "--timed-build", str(project)],
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
    )
    if out.returncode:
        sys.exit(out.stderr[-3000:])
    return json.loads(out.stdout.splitlines()[-1])


OURS = ("hooks", "mkdocs_macros")  # modules whose event handlers count as the data layer


def _timed_build_here(project: Path) -> None:
    """Runs in the child process: a strict build with a clock around every plugin event handler."""
    import mkdocs.commands.build as mkdocs_build
    import mkdocs.config

    os.chdir(project)
    config = mkdocs.config.load_config(str(project / "mkdocs.yml"), site_dir=str(project / "site"), strict=True)
    spent = {"ours": 0.0}

    def clocked(fn):
        def run(*args, **kwargs):
            start = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                spent["ours"] += time.perf_counter() - start

        return run

    for handlers in config.plugins.events.values():
        for i, fn in enumerate(handlers):
            owner = getattr(fn, "__self__", None)
            module = type(owner).__module__ if owner is not None else getattr(fn, "__module__", "")
            if module.split(".")[0] in OURS:  # a hooks file is the module "hooks.py"
                handlers[i] = clocked(fn)
    start = time.perf_counter()
    config.plugins.on_startup(command="build", dirty=False)
    mkdocs_build.build(config)
    total = time.perf_counter() - start
    print(json.dumps({"total": total, "ours": spent["ours"]}))


def overhead(tmp: Path, runs: int = 3) -> None:
    """Our site against plain Material sites of the same page count, built in turn."""
    ours = make_project(tmp / "overhead", 0)
    build(ours)  # warm the caches the builds share (Python bytecode, the theme's files, .cache/)
    pages = len(content_pages(ours / "site"))
    short_site, same_site = plain_material(tmp, pages), plain_same_pages(tmp, ours)
    build(short_site)
    build(same_site)
    whole, mine, short, same = [], [], [], []
    for _ in range(runs):
        timed = timed_build(ours)
        whole.append(timed["total"])
        mine.append(timed["ours"])
        short.append(build(short_site))
        same.append(build(same_site))
    total, data_layer, short_s, same_s = (statistics.median(x) for x in (whole, mine, short, same))
    material = statistics.median(w - m for w, m in zip(whole, mine))
    runs_of = lambda xs: [round(x, 2) for x in xs]  # noqa: E731
    print(
        f"\nOverhead at N=14 ({pages} pages each, {runs} builds of each in turn, medians):\n"
        f"  our build {total:.2f} s: data layer {data_layer:.2f} s, MkDocs and Material {material:.2f} s "
        f"(runs {runs_of(whole)}, data layer {runs_of(mine)})\n"
        f"  plain Material site of the same pages (our HTML as Markdown files) {same_s:.2f} s (runs {runs_of(same)})\n"
        f"  plain Material site of short pages {short_s:.2f} s (runs {runs_of(short)})\n"
        f"  our build / plain Material site of the same pages: x{total / same_s:.2f} (target <= 1.2)\n"
        f"  data-layer share (our build / its own MkDocs and Material part): x{total / material:.2f}\n"
        f"  our build / plain short pages: x{total / short_s:.2f}; "
        f"its MkDocs and Material part / plain short pages: x{material / short_s:.2f} (page size)"
    )


def measure(n: int, tmp: Path) -> dict:
    project = make_project(tmp, n)
    site = project / "site"
    seconds = build(project)
    pages = content_pages(site)
    pair = next(p for p in sorted((site / "compare").glob("*-vs-*/index.html")) if p in pages)
    index = (site / "search/search_index.json").read_bytes()
    n = len(list((project / "data/frameworks").glob("*.yaml")))
    return {
        "n": n,
        "seconds": seconds,
        "pages": len(pages),
        "ms_per_page": 1000 * seconds / len(pages),
        "pair_kib": pair.stat().st_size / 1024,
        "pair_gz_kib": len(gzip.compress(pair.read_bytes())) / 1024,
        "index_kib": len(index) / 1024,
        "index_gz_kib": len(gzip.compress(index)) / 1024,
        "index_b_per_page": len(index) / len(pages),
    }


def main(sizes) -> None:
    print(
        f"{'N':>4} {'build s':>8} {'pages':>6} {'ms/page':>8} {'pair KiB':>9} {'pair gz':>8} {'index KiB':>10} {'index gz':>9} {'index B/page':>13}"
    )
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            r = measure(n, Path(tmp))
            rows.append(r)
            print(
                f"{r['n']:>4} {r['seconds']:>8.1f} {r['pages']:>6} {r['ms_per_page']:>8.2f} {r['pair_kib']:>9.1f} "
                f"{r['pair_gz_kib']:>8.1f} {r['index_kib']:>10.1f} {r['index_gz_kib']:>9.1f} {r['index_b_per_page']:>13.0f}",
                flush=True,
            )
    first, last = rows[0], rows[-1]
    print(
        f"\nN={last['n']} vs N={first['n']}: time per page x{last['ms_per_page'] / first['ms_per_page']:.2f} "
        f"(target <= 1.5), pair page x{last['pair_kib'] / first['pair_kib']:.2f} (target <= 1.5), "
        f"full build {last['seconds']:.1f} s (target < 60 s at N=100)"
    )
    with tempfile.TemporaryDirectory() as tmp:
        overhead(Path(tmp))


if __name__ == "__main__":
    if sys.argv[1:2] == ["--timed-build"]:
        _timed_build_here(Path(sys.argv[2]))
    else:
        main([int(a) for a in sys.argv[1:]] or [0, 50, 100])
