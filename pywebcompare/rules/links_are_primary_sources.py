"""Sources are primary: never a package index or a download-statistics site."""

from urllib.parse import urlsplit

from ..pipindex import default_index_url
from ._walk import leaves

NAME = "links-are-primary-sources"
DESCRIPTION = "No link points at a package index or a site that mirrors one."
# Sites that mirror or summarise package indexes. The index itself is recognised from pip's own
# default, so its host is written nowhere here. Versions and dates come from the snapshot.
MIRRORS = {"libraries.io", "pepy.tech", "piwheels.org", "anaconda.org", "pypistats.org", "snyk.io"}


def index_hosts() -> set[str]:
    """The host of pip's default index."""
    return {urlsplit(default_index_url()).hostname.lower()}


def is_secondary(host: str, indexes: set[str]) -> bool:
    # An index's sibling hosts (its legacy and test instances) share its first label.
    labels = {h.split(".")[0] for h in indexes}
    return (
        host in MIRRORS
        or host in indexes
        or host.split(".")[0] in labels
        or any(host.endswith("." + h) for h in indexes)
    )


def check(files, today):
    indexes = index_hosts()
    for loaded in files.hand_written():
        for path, value in leaves(loaded):
            if isinstance(value, str) and value.startswith(("http://", "https://")):
                host = (urlsplit(value).hostname or "").lower().removeprefix("www.")
                if is_secondary(host, indexes):
                    yield (
                        loaded,
                        path,
                        f"{host} is a package index or a copy of one",
                        "expected a primary source: the project's own docs, repository or changelog",
                    )
