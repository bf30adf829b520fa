"""data/tested.yaml still describes the examples as they are: same code, same pinned release."""

import functools

from pywebcompare.evidence.examples import digest, example_files, pinned_version, task_dirs

NAME = "tested-records-current"
DESCRIPTION = "Each example has a record in data/tested.yaml whose code hash and release match the file and the pin."
FIX = "expected a fresh record: run `python3 dev.py examples` and commit data/tested.yaml"


def check(files, today):
    tested = files.get("tested")
    root = files.root
    if tested is None or not (root / "examples").is_dir():
        return
    records = tested.data
    pinned = functools.cache(lambda fw: pinned_version(fw, root))  # each requirements file read once
    found = {folder.name: example_files(folder.name, root) for folder in task_dirs(root)}  # each folder read once
    for task, examples in found.items():
        for fw, path in examples.items():
            record = (records.get(fw) or {}).get(task)
            if record is None:
                yield tested, (fw,), f"examples/{task}/{fw}.py has no record of passing", FIX
            elif record["sha"] != digest(path):
                yield tested, (fw, task, "sha"), f"examples/{task}/{fw}.py changed since it passed", FIX
            elif record["version"] != pinned(fw):
                yield (
                    tested,
                    (fw, task, "version"),
                    f"passed on {record['version']}, but {pinned(fw)} is pinned now",
                    FIX,
                )
    for fw, tasks in records.items():
        for task in tasks:
            if (found[task] if task in found else example_files(task, root)).get(fw) is None:
                yield tested, (fw, task), f"examples/{task}/{fw}.py no longer exists", FIX
