"""Every example file is described in its framework's data, and every described task has its file or a reason."""

from pywebcompare.data.yamlsafe import Loaded
from pywebcompare.evidence.examples import task_dirs

NAME = "examples-match-files"
DESCRIPTION = (
    "Each examples/<task>/<framework>.py has an entry in data/examples/<framework>.yaml; each entry has "
    "its file or an `impossible` reason, never both."
)


def check(files, today):
    data = files.folder("examples")
    root = files.root
    seen = set()
    for folder in task_dirs(root) if (root / "examples").is_dir() else []:
        for path in sorted(folder.glob("*.py")):
            rel = f"examples/{folder.name}/{path.name}"
            fw = path.stem
            if fw not in files.framework_ids:
                yield Loaded(rel), (), f"no framework is called {fw!r}", "expected examples/<task>/<framework id>.py"
                continue
            seen.add((folder.name, fw))
            loaded = data.get(fw)
            if loaded is None:
                if fw not in files.ids.get("examples", set()):
                    yield Loaded(rel), (), f"data/examples/{fw}.yaml is missing", f"expected it to describe {rel}"
                continue
            entry = loaded.data["tasks"].get(folder.name)
            if entry is None:
                yield loaded, ("tasks",), f"{rel} has no entry", f"expected tasks.{folder.name} with its `uses`"
            elif "impossible" in entry:
                yield (
                    loaded,
                    ("tasks", folder.name, "impossible"),
                    f"says impossible, but {rel} exists",
                    "expected either the file or the reason, not both",
                )
    for fw, loaded in data.items():
        if loaded.data["framework"] != fw:
            yield (
                loaded,
                ("framework",),
                f"framework {loaded.data['framework']!r} does not match the file name",
                f"expected framework: {fw}",
            )
        for task, entry in loaded.data["tasks"].items():
            if (task, fw) not in seen and "impossible" not in entry:  # seen: every file of examples/<task>/
                yield (
                    loaded,
                    ("tasks", task),
                    f"no file examples/{task}/{fw}.py and no `impossible` reason",
                    "expected the example file, or `impossible:` with a sentence and `source:`",
                )
