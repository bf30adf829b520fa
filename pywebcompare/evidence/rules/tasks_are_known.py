"""Examples name catalogue tasks, tasks name catalogue features, and every task has its spec."""

from pywebcompare.evidence.examples import task_dirs

NAME = "tasks-are-known"
DESCRIPTION = (
    "Example entries and folders name tasks of data/tasks.yaml; tasks name catalogue features and have a spec."
)


def check(files, today):
    tasks = files.get("tasks")
    root = files.root
    if tasks is None:
        return
    known = {t["id"] for t in tasks.data["tasks"]}
    features = files.get("features")
    feature_ids = {f["id"] for c in features.data["categories"] for f in c["features"]} if features else None
    for i, task in enumerate(tasks.data["tasks"]):
        for j, fid in enumerate(task["features"]):
            if feature_ids is not None and fid not in feature_ids:
                yield (
                    tasks,
                    ("tasks", i, "features", j),
                    f"unknown feature {fid!r}",
                    "expected a feature id from data/features.yaml",
                )
        spec = f"tests/examples/test_{task['id'].replace('-', '_')}.py"
        if (root / "tests" / "examples").is_dir() and not (root / spec).exists():
            yield tasks, ("tasks", i, "id"), f"task {task['id']!r} has no spec {spec}", "expected one spec per task"
    for loaded in files.folder("examples").values():
        for task in loaded.data["tasks"]:
            if task not in known:
                yield loaded, ("tasks", task), f"unknown task {task!r}", "expected a task id from data/tasks.yaml"
    folders = [p.name for p in task_dirs(root)] if (root / "examples").is_dir() else []
    for name in folders:
        if name not in known:
            yield (
                tasks,
                ("tasks",),
                f"examples/{name}/ is not a task",
                f"expected a task with id {name!r}, or no folder",
            )
