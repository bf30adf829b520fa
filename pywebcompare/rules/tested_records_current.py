"""data/tested.yaml still describes the examples as they are: same code, same pinned release."""

from ..examples import digest, example_files, pinned_version, task_dirs

NAME = "tested-records-current"
DESCRIPTION = "Each example has a record in data/tested.yaml whose code hash and release match the file and the pin."
FIX = "expected a fresh record: run `python3 dev.py examples` and commit data/tested.yaml"


def check(files, today):
    tested = files.get("tested")
    root = files.root
    if tested is None or not (root / "examples").is_dir():
        return
    records = tested.data
    for folder in task_dirs(root):
        for fw, path in example_files(folder.name, root).items():
            record = (records.get(fw) or {}).get(folder.name)
            if record is None:
                yield tested, (fw,), f"examples/{folder.name}/{fw}.py has no record of passing", FIX
            elif record["sha"] != digest(path):
                yield tested, (fw, folder.name, "sha"), f"examples/{folder.name}/{fw}.py changed since it passed", FIX
            elif record["version"] != pinned_version(fw, root):
                yield (
                    tested,
                    (fw, folder.name, "version"),
                    f"passed on {record['version']}, but {pinned_version(fw, root)} is pinned now",
                    FIX,
                )
    for fw, tasks in records.items():
        for task in tasks:
            if example_files(task, root).get(fw) is None:
                yield tested, (fw, task), f"examples/{task}/{fw}.py no longer exists", FIX
