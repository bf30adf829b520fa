#!/usr/bin/env python3
"""Build-scaling benchmark: does the build stay linear as frameworks are added?

Copies the project to a temporary folder, adds synthetic frameworks (copies of the real files
under new ids) up to N = 50 and 100 (the first row is the real data), builds each strictly and prints build time, page count,
time per page, the size of one pair page (raw and gzipped) and of the search index.

    python benchmarks/build_scaling.py [N ...]
"""

from __future__ import annotations

import gzip
import os
import re
import shutil
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
    return project  # below the real count, N is the real count: data files refer to each other


def measure(n: int, tmp: Path) -> dict:
    project = make_project(tmp, n)
    site = project / "site"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(site)],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
    )
    seconds = time.perf_counter() - start
    if result.returncode:
        sys.exit(result.stderr[-3000:])
    pages = [p for p in site.rglob("index.html") if 'http-equiv="refresh"' not in p.read_text()[:600]]
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


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [0, 50, 100])
