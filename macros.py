"""mkdocs-macros glue: the named pieces hand-written pages may include, as `{{ pwc.<name>() }}`.

Everything of substance lives in the pywebcompare package, which does not import MkDocs.
"""

import sys
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).parent))  # the data core sits beside this file

from hooks import load_site  # noqa: E402
from pywebcompare.site.pages import FRAGMENTS  # noqa: E402


def define_env(env):
    site = load_site(env.conf)

    def bind(fragment):
        def call():
            # Links in a fragment are relative to the page that includes it.
            return fragment(site, "../" * env.page.url.count("/"))

        return call

    env.variables["pwc"] = SimpleNamespace(**{name: bind(f) for name, f in FRAGMENTS.items()})
