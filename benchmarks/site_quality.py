#!/usr/bin/env python3
"""Page weight and Lighthouse scores of the built site, served with gzip on 127.0.0.1.

Budgets (issue: proof in a real browser): a pair page transfers at most 120 KiB gzipped, search
index included; the project's own JavaScript at most 10 KiB gzipped; Lighthouse accessibility,
best practices and SEO at 100 and performance at least 98 on the home, a framework, a pair and
the matrix page. Prints the figures and exits non-zero when a budget is missed.

Lighthouse's performance score moves by 2-3 points from run to run on a shared 2-core machine, so
each page is measured RUNS times, the pages taking turns, and the budget is held against the median
(as Lighthouse's own advice on variability suggests); the range is printed beside it.

    python benchmarks/site_quality.py [--no-lighthouse]
"""

from __future__ import annotations

import gzip
import http.server
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from pywebcompare.site.urls import framework_src, pair_src, url_of  # noqa: E402

A, B = yaml.safe_load((ROOT / "data/guides.yaml").read_text())["first_question"]  # the pair asked about first
PAGES = {"home": "", "framework": url_of(framework_src(B)), "pair": url_of(pair_src(A, B)), "matrix": "features/"}
RUNS = 5  # Lighthouse runs per page
CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run"


class GzipHandler(http.server.SimpleHTTPRequestHandler):
    """Static files, gzipped when the client accepts it, as a production host would serve them."""

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        if "gzip" not in self.headers.get("Accept-Encoding", "") or not path.is_file():
            return super().send_head()
        body = gzip.compress(path.read_bytes(), mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=3600")
        self.end_headers()
        self.wfile.write(body)
        return None

    def log_message(self, *args):
        pass


def serve(folder: Path):
    handler = lambda *a, **k: GzipHandler(*a, directory=str(folder), **k)  # noqa: E731
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_port}/", server


def page_weight(base: str, path: str) -> tuple[int, dict]:
    """Bytes transferred (gzipped) to load a page and its search index, in Chromium."""
    from playwright.sync_api import sync_playwright

    sizes: dict[str, int] = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROME_FLAGS.split()[1:])
        page = browser.new_page()
        page.on("requestfinished", lambda r: sizes.__setitem__(r.url, r.sizes()["responseBodySize"]))
        page.goto(base + path, wait_until="networkidle")
        page.keyboard.press("/")  # make sure the search index is loaded too
        page.wait_for_load_state("networkidle")
        browser.close()
    return sum(sizes.values()), sizes


def lighthouse(url: str) -> dict[str, int]:
    env = {**os.environ, "CHROME_PATH": "/usr/bin/chromium"}
    result = subprocess.run(
        [
            str(ROOT / "node_modules/.bin/lighthouse"),
            url,
            "--quiet",
            "--output=json",
            f"--chrome-flags={CHROME_FLAGS}",
            "--only-categories=performance,accessibility,best-practices,seo",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    if result.returncode:
        sys.exit(f"lighthouse failed on {url}:\n{result.stderr[-2000:]}")
    categories = json.loads(result.stdout)["categories"]
    return {k: round(100 * v["score"]) for k, v in categories.items()}


def main(run_lighthouse: bool = True) -> int:
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(site)],
            cwd=ROOT,
            check=True,
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        )
        base, server = serve(site)
        try:
            # Every script of ours as it is served (minified), each gzipped, and the inline light/dark
            # script that every page carries (overrides/partials/javascripts/palette.html).
            scripts = [site / "assets" / p.name for p in (ROOT / "docs/assets").glob("*.js")]
            own_js = sum(len(gzip.compress(p.read_bytes(), mtime=0)) for p in scripts)
            html = (site / "index.html").read_text()
            inline = [s for s in re.findall(r"<script>(.*?)</script>", html, re.S) if "data-pwc-palette" in s]
            if len(inline) != 1:
                sys.exit("the inline light/dark script was not found on the home page")
            own_js += len(gzip.compress(inline[0].encode(), mtime=0))
            print(
                f"own JavaScript: {own_js / 1024:.1f} KiB gzipped in {len(scripts)} files and one inline script "
                "(budget 10 KiB)"
            )
            if own_js > 10 * 1024:
                failures.append("own JavaScript over 10 KiB")
            total, sizes = page_weight(base, PAGES["pair"])
            index = next((v for k, v in sizes.items() if k.endswith("search_index.json")), 0)
            print(
                f"pair page: {total / 1024:.1f} KiB transferred gzipped in {len(sizes)} requests, "
                f"search index {index / 1024:.1f} KiB of it (budget 120 KiB)"
            )
            if not index:
                failures.append("search index was not loaded, so the pair-page weight is incomplete")
            if total > 120 * 1024:
                failures.append("pair page over 120 KiB")
            if run_lighthouse:
                runs = {name: [] for name in PAGES}
                for _ in range(RUNS):  # the pages take turns, so a busy moment touches each alike
                    for name, path in PAGES.items():
                        runs[name].append(lighthouse(base + path))
                print(f"Lighthouse, median of {RUNS} runs (performance range in brackets)")
                print(f"{'page':<10} {'perf':>5} {'range':>9} {'a11y':>5} {'best':>5} {'seo':>5}")
                for name, results in runs.items():
                    s = {k: statistics.median(r[k] for r in results) for k in results[0]}
                    perf = sorted(r["performance"] for r in results)
                    print(
                        f"{name:<10} {s['performance']:>5g} {f'[{perf[0]}-{perf[-1]}]':>9} {s['accessibility']:>5g} "
                        f"{s['best-practices']:>5g} {s['seo']:>5g}",
                        flush=True,
                    )
                    if s["performance"] < 98 or min(s["accessibility"], s["best-practices"], s["seo"]) < 100:
                        failures.append(f"lighthouse {name} (medians): {s}")
        finally:
            server.shutdown()
    for failure in failures:
        print("OVER BUDGET:", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main("--no-lighthouse" not in sys.argv))
