"""Every framework named in data/packages.yaml exists and has its snapshot in data/index/."""

from pywebcompare.evidence import index

NAME = "index-packages-have-snapshots"
DESCRIPTION = "data/packages.yaml names only known frameworks, and each has a snapshot data/index/<id>.yaml."


def check(files, today):
    packages = files.get("packages")
    if packages is None:
        return
    snapshots = files.ids.get("index", set())
    for fid in packages.data["packages"]:
        if fid not in files.framework_ids:
            yield (
                packages,
                ("packages", fid),
                f"unknown framework {fid!r}",
                "expected the id of a file in data/frameworks/",
            )
        elif fid not in snapshots:
            yield (
                packages,
                ("packages", fid),
                f"{fid} has no snapshot {index.INDEX_DIR}/{fid}.yaml",
                f"expected one; run python -m pywebcompare refresh {fid}",
            )
