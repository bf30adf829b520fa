#!/usr/bin/env python3
"""Build-scaling benchmark: does the build stay linear as frameworks are added?

Copies the project to a temporary folder, adds synthetic frameworks (copies of the real files
under new ids) up to N = 50 and 100 (the first row is the real data), builds each strictly and prints build time, page count,
time per page, the size of one pair page (raw and gzipped) and of the search index.

Then it measures the overhead of the data layer at N = 14, with our site and a plain Material site
of the same page count built alternately three times each in one run (both see the same machine
load; ratios of medians are the figures that travel between machines). Each of our builds runs in
its own process with a clock around every event handler of our hooks and of the macros plugin, so
it splits into "ours" (loading and checking the data, drawing pages, the macros on written pages)
and "Material" (everything else: MkDocs, the theme's templates, its search indexer) for the same
pages in the same run. Printed:

- data-layer overhead = whole build / its Material part (target <= 1.2): how much longer our build
  takes than MkDocs and Material alone need for these very pages;
- whole build / plain site of short pages: the plain site's pages are eight short paragraphs while
  ours are up to 150 KB of HTML, so this mostly measures page size; with it, the Material part of
  our build / the plain site shows how much of that is the theme's own work on bigger pages.

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
    """Our site against a plain Material site of the same page count, built alternately."""
    ours = make_project(tmp / "overhead", 0)
    build(ours)  # warm the caches both builds share (Python bytecode, the theme's files)
    pages = len(content_pages(ours / "site"))
    plain = plain_material(tmp, pages)
    build(plain)
    whole, mine, short = [], [], []
    for _ in range(runs):
        timed = timed_build(ours)
        whole.append(timed["total"])
        mine.append(timed["ours"])
        short.append(build(plain))
    total, data_layer, plain_s = (statistics.median(x) for x in (whole, mine, short))
    material = statistics.median(w - m for w, m in zip(whole, mine))
    print(
        f"\nOverhead at N=14 ({pages} pages each, {runs} alternate builds, medians):\n"
        f"  our build {total:.2f} s: data layer {data_layer:.2f} s, MkDocs and Material {material:.2f} s "
        f"(runs {[round(w, 2) for w in whole]}, data layer {[round(m, 2) for m in mine]})\n"
        f"  plain Material site of short pages {plain_s:.2f} s (runs {[round(s, 2) for s in short]})\n"
        f"  data-layer overhead (our build / its MkDocs and Material part): x{total / material:.2f} (target <= 1.2)\n"
        f"  our build / plain short pages: x{total / plain_s:.2f}; "
        f"its MkDocs and Material part / plain short pages: x{material / plain_s:.2f} (page size)"
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
