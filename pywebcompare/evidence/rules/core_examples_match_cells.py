"""An example that passed its spec with nothing but the framework's own package (`uses: []`) shows
the framework doing its task's feature itself: that feature's cell cannot then say third-party or
none. Only tasks about one feature are held to it (a task about several may show only some). An example
that writes the feature by hand says so (`hand_written: true` in data/examples/<id>.yaml): the
exception is data, and one that is no longer needed (the cell is not third-party or none) is an error."""

from pywebcompare.evidence.examples import digest

NAME = "core-examples-match-cells"
DESCRIPTION = "A passing core-only example of a one-feature task means its feature is not third-party or none."


def check(files, today):
    tasks = files.get("tasks")
    tested = files.get("tested")
    if tasks is None or tested is None:
        return
    one_feature = {t["id"]: t["features"][0] for t in tasks.data["tasks"] if len(t["features"]) == 1}
    root = files.root
    for fid, loaded in sorted(files.folder("examples").items()):
        fw = files.frameworks.get(fid)
        if fw is None:
            continue
        for task, info in (loaded.data.get("tasks") or {}).items():
            if task not in one_feature or "impossible" in info or info.get("uses", None) != []:
                continue
            record = (tested.data.get(fid) or {}).get(task)
            path = root / "examples" / task / f"{fid}.py"
            if not record or not path.exists() or record["sha"] != digest(path):
                continue
            feature = one_feature[task]
            support = fw.data["features"].get(feature, {}).get("support")
            if info.get("hand_written"):
                if support not in ("third-party", "none"):
                    yield (
                        loaded,
                        ("tasks", task, "hand_written"),
                        f"marks the example as written by hand, but {feature} is {support} in the framework's data",
                        "expected no `hand_written` (the exception is no longer needed)",
                    )
                continue
            if support in ("third-party", "none"):
                yield (
                    fw,
                    ("features", feature, "support"),
                    f"says {support}, but examples/{task}/{fid}.py passed its spec with the core package alone",
                    "expected partial or better (the note can say what the core lacks), or the example to use a package",
                )
