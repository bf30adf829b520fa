#!/usr/bin/env python3
"""Screenshots for reviewing a change: the matrix, a pair page, the N-way compare and the
questionnaire, at 1280x800 and 390x844, in the light and the dark scheme, as the first screen a
reader sees (and, for the two tables, the table itself, with one of the matrix's cells opened). Builds the site, serves it on 127.0.0.1 and drives Debian's Chromium.

    python benchmarks/shots.py [OUTPUT_FOLDER]     (default: shots/)
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

import yaml  # noqa: E402
from support import ARGS, CHROMIUM, serve  # noqa: E402

from pywebcompare.site.urls import pair_src, url_of  # noqa: E402

A, B = yaml.safe_load((ROOT / "data/guides.yaml").read_text())["first_question"]  # asked about first
PAGES = {
    "matrix": "features/",
    "pair": url_of(pair_src(A, B)),
    "compare": f"compare/?fw={A},{B}",
    "questionnaire": "choose/?building=json-api&load=many",
}
SIZES = {"1280": (1280, 800), "390": (390, 844)}
SCHEMES = ("light", "dark")


def main(out: Path) -> None:
    from playwright.sync_api import sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
        cmd = [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", tmp]
        subprocess.run(cmd, cwd=ROOT, env=env, check=True)
        base, server = serve(tmp)
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
                for scheme in SCHEMES:
                    for size, (width, height) in SIZES.items():
                        context = browser.new_context(viewport={"width": width, "height": height}, color_scheme=scheme)
                        page = context.new_page()
                        for name, path in PAGES.items():
                            page.goto(base + path, wait_until="networkidle")
                            target = out / f"{name}-{size}-{scheme}.png"
                            page.screenshot(path=str(target))
                            print(target)
                            box = page.locator(".pwc-grid-box")
                            if box.count():  # the table itself, one cell opened
                                box.scroll_into_view_if_needed()
                                page.evaluate(
                                    "window.scrollBy(0, document.querySelector('.pwc-grid-box').getBoundingClientRect().top - 60)"
                                )
                                if name == "matrix":  # the compare has every note open already
                                    page.locator(".pwc-grid td:not([hidden]) a.pwc-cell").nth(3).click()
                                page.wait_for_timeout(500)  # the header swaps its title in a 0.4 s transition
                                target = out / f"{name}-table-{size}-{scheme}.png"
                                page.screenshot(path=str(target))
                                print(target)
                        context.close()
                browser.close()
        finally:
            server.shutdown()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "shots")
