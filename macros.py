"""mkdocs-macros glue: exposes the data core's renderer to hand-written pages as `pwc`.

Everything of substance lives in the pywebcompare package, which does not import MkDocs.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the data core sits beside this file

from hooks import load_renderer  # noqa: E402


def define_env(env):
    render = load_renderer(env.conf)

    class Macros:
        """{{ pwc.name() }} calls the renderer's method; links are made relative to the page."""

        def __getattr__(self, name):
            method = getattr(render, name)

            def call(*args, **kwargs):
                if "base" in method.__code__.co_varnames:
                    kwargs.setdefault("base", "../" * env.page.url.count("/"))
                return method(*args, **kwargs)

            return call

    env.variables["pwc"] = Macros()
