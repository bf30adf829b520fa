#!/usr/bin/env python3
"""Build-scaling benchmark: does the build stay linear as frameworks are added?

Copies the project to a temporary folder, adds synthetic frameworks (copies of the real files
under new ids) up to N = 50 and 100 (the first row is the real data), builds each strictly and prints build time, page count,
time per page, the size of one pair page (raw and gzipped) and of the search index.

Then it measures the overhead of the data layer: the real site (N = 14) against two plain Material
sites with the same number of pages, built alternately three times each in one run, so all see the
same machine load; ratios of medians are the figures that travel between machines.

- "same content" (the target, <= 1.2): our built site's pages written back as static Markdown files
  (each page's article HTML, with our CSS, scripts and data files as static files) and built by
  Material alone with the same theme options and search plugin. Its build does what ours does
  minus loading, checking and rendering the data, so the ratio is what the data layer costs.
- "short pages": a page of eight short paragraphs each. Ours are far longer (a pair page is about
  120 KB of HTML), so this ratio mostly measures page size, not the data layer; printed for reference.

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
IGNORE = shutil.ignore_patterns(".venv", "site", ".git", "tests", "benchmarks", "node_modules", "__pycache__")


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


ARTICLE = re.compile(r'<article class="md-content__inner md-typeset">(.*?)</article>', re.S)
TITLE = re.compile(r"<title>(.*?)</title>", re.S)
THEME_FILES = ("assets/javascripts/", "assets/stylesheets/", "assets/images/", "search/", "sitemap.xml")


def same_content_material(tmp: Path, ours: Path) -> Path:
    """A plain Material site holding our built pages as static files: the same site, written by hand."""
    project = tmp / "same-content"
    docs = project / "docs"
    site = ours / "site"
    for path in sorted(site.rglob("*")):
        rel = path.relative_to(site).as_posix()
        if path.is_dir() or rel.startswith(THEME_FILES) or rel == "404.html":
            continue
        if path.name == "index.html":
            text = path.read_text()
            article = ARTICLE.search(text)
            if article is None:  # a redirect stub stays a static file
                target = docs / rel
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(text)
                continue
            title = TITLE.search(text).group(1).split(" - ")[0]
            md = docs / (rel[: -len("index.html")].rstrip("/") or "index")
            md = md.with_suffix(".md") if rel != "index.html" else docs / "index.md"
            md.parent.mkdir(parents=True, exist_ok=True)
            md.write_text(f"---\ntitle: {json.dumps(title)}\n---\n\n<div>\n{article.group(1)}\n</div>\n")
        else:
            target = docs / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(path, target)
    config = (ours / "mkdocs.yml").read_text()
    config = re.sub(r"\n  - macros:\n(      .*\n)+", "\n", config)  # the same plugins minus ours
    config = re.sub(r"\nhooks:\n  - hooks.py\n", "\n", config)
    config = re.sub(r"\nwatch:\n(  - .*\n)+", "\n", config)
    (project / "mkdocs.yml").write_text(config.replace("strict: true", "strict: false"))
    return project


def overhead(tmp: Path, runs: int = 3) -> None:
    """Our site against two plain Material sites of the same page count, built alternately."""
    ours = make_project(tmp / "overhead", 0)
    build(ours)  # warm the caches all builds share (Python bytecode, the theme's files)
    pages = len(content_pages(ours / "site"))
    plains = {"same content": same_content_material(tmp, ours), "short pages": plain_material(tmp, pages)}
    for project in plains.values():
        build(project)
    times = {name: [] for name in ("ours", *plains)}
    for _ in range(runs):
        times["ours"].append(build(ours))
        for name, project in plains.items():
            times[name].append(build(project))
    med = {name: statistics.median(t) for name, t in times.items()}
    print(f"\nOverhead at N=14 ({pages} pages each, {runs} alternate builds, medians in s):")
    for name, t in times.items():
        ratio = "" if name == "ours" else f"  ours / this x{med['ours'] / med[name]:.2f}"
        print(f"  {name:<13} {med[name]:5.2f}  runs {[round(s, 2) for s in t]}{ratio}")
    print(f"Data-layer overhead (ours / same content): x{med['ours'] / med['same content']:.2f} (target <= 1.2)")


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
    main([int(a) for a in sys.argv[1:]] or [0, 50, 100])
