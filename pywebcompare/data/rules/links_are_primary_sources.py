"""Sources are primary: never a package index or a download-statistics site."""

import re
from urllib.parse import urlsplit

from pywebcompare.data.rules._walk import leaves

NAME = "links-are-primary-sources"
DESCRIPTION = "No link points at a package index or a site that mirrors one."
# Sites that mirror or summarise package indexes. A package index itself is recognised by the shape of
# its pages (/project/<name>/, /simple/<name>/, /pypi/<name>/json), so no index host is written here.
# Versions and dates come from the snapshot.
MIRRORS = {"libraries.io", "pepy.tech", "piwheels.org", "anaconda.org", "pypistats.org", "snyk.io"}
INDEX_PAGE = re.compile(r"^/(project|simple|pypi)/[^/]+")


def is_secondary(host: str, path: str) -> bool:
    return host in MIRRORS or any(host.endswith("." + m) for m in MIRRORS) or bool(INDEX_PAGE.match(path))


def check(files, today):
    for loaded in files.hand_written():
        for path, value in leaves(loaded):
            if isinstance(value, str) and value.startswith(("http://", "https://")):
                parts = urlsplit(value)
                host = (parts.hostname or "").lower().removeprefix("www.")
                if is_secondary(host, parts.path):
                    yield (
                        loaded,
                        path,
                        f"{host} is a package index or a copy of one",
                        "expected a primary source: the project's own docs, repository or changelog",
                    )
