"""Each package index snapshot belongs to a framework, is of the package its data names (package.name),
and is consistent: its metadata was read from its newest stable release."""

from packaging.utils import canonicalize_name
from packaging.version import InvalidVersion

from pywebcompare.evidence import index

NAME = "index-snapshots-match-frameworks"
DESCRIPTION = "A snapshot in data/index/ names a framework, its package, and its newest stable release's metadata."


def check(files, today):
    packages = {fid: f.data["package"]["name"] for fid, f in files.frameworks.items()}
    for fid, snap in sorted(files.folder("index").items()):
        again = f"run python -m pywebcompare refresh {fid}"
        if fid not in files.framework_ids:
            yield (
                snap,
                (),
                f"no framework data/frameworks/{fid}.yaml for this snapshot",
                "expected one snapshot per framework; delete it",
            )
            continue
        named = packages.get(fid, snap.data["package"])
        if canonicalize_name(snap.data["package"]) != canonicalize_name(named):
            yield (
                snap,
                ("package",),
                f"snapshot of {snap.data['package']!r} but data/frameworks/{fid}.yaml names {named!r}",
                f"expected the same package; {again}",
            )
            continue
        try:
            latest = index.latest_stable(snap.data["releases"])
        except InvalidVersion as err:
            yield (
                snap,
                ("releases",),
                f"a release cannot be read ({err})",
                f"expected a snapshot written by refresh; {again}",
            )
            continue
        read = snap.data["metadata"]["version"]
        if latest is None or latest["version"] != read:
            newest = latest["version"] if latest else "none"
            yield (
                snap,
                ("metadata", "version"),
                f"metadata is of {read} but the newest stable release is {newest}",
                f"expected a consistent snapshot; {again}",
            )
