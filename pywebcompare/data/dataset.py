"""Load every data file, validate it, and hand out the dataset the pages are drawn from."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property
from itertools import combinations
from pathlib import Path

from pywebcompare import ROOT
from pywebcompare.data import schema
from pywebcompare.data.problems import Problem, dotted
from pywebcompare.data.rules import RULES
from pywebcompare.data.vocab import SUPPORT  # noqa: F401  (re-exported: the scoring and comparison modules read it here)
from pywebcompare.data.yamlsafe import Loaded, load_file


@dataclass(frozen=True)
class Kind:
    """One kind of data file: a single file (data/features.yaml) or a folder of <id>.yaml files."""

    name: str
    path: str  # "data/features.yaml", or a folder such as "data/frameworks"
    schema: str
    required: bool = True  # a missing single file, or an empty folder, is a problem
    derived: bool = False  # written by a tool (not by hand): exempt from the hand-written rules

    @property
    def folder(self) -> bool:
        return not self.path.endswith(".yaml")


KINDS = [
    Kind("features", "data/features.yaml", "features.schema.json"),
    Kind("frameworks", "data/frameworks", "framework.schema.json"),
    Kind("claims", "data/claims.yaml", "claims.schema.json"),
    Kind("guides", "data/guides.yaml", "guides.schema.json"),
    Kind("benchmarks", "data/benchmarks.yaml", "benchmarks.schema.json"),
    Kind("changes", "data/changes.yaml", "changes.schema.json"),
    Kind("tasks", "data/tasks.yaml", "tasks.schema.json", required=False),
    Kind("retired", "data/retired.yaml", "retired.schema.json", required=False),
    Kind("surveys", "data/surveys.yaml", "surveys.schema.json", required=False),
    Kind("examples", "data/examples", "examples.schema.json", required=False),
    Kind("tested", "data/tested.yaml", "tested.schema.json", required=False, derived=True),
    Kind("index", "data/index", "index.schema.json", required=False, derived=True),
    Kind("speed", "data/speed", "speed.schema.json", required=False, derived=True),
    Kind("behaviour", "data/behaviour", "behaviour.schema.json", required=False, derived=True),
    Kind("since", "data/since", "since.schema.json", required=False, derived=True),
]
KIND = {k.name: k for k in KINDS}
FRAMEWORK_DIR = KIND["frameworks"].path


def today() -> dt.date:
    return dt.date.today()


@dataclass
class Files:
    """What the rules see: each kind's files that passed their schema, and every id present."""

    single: dict[str, Loaded] = field(default_factory=dict)  # kind -> its file
    folders: dict[str, dict[str, Loaded]] = field(default_factory=dict)  # kind -> {id: file}
    ids: dict[str, set[str]] = field(default_factory=dict)  # kind -> ids of every file, broken ones too
    root: Path = ROOT  # the project folder, for rules that look at files beside the data (examples/)

    def get(self, kind: str) -> Loaded | None:
        return self.single.get(kind)

    def folder(self, kind: str) -> dict[str, Loaded]:
        return self.folders.get(kind, {})

    @property
    def frameworks(self) -> dict[str, Loaded]:
        return self.folder("frameworks")

    @property
    def framework_ids(self) -> set[str]:
        return self.ids.get("frameworks", set())

    def each(self, hand_written_only: bool = False):
        """Every file that passed its schema."""
        for kind in KINDS:
            if hand_written_only and kind.derived:
                continue
            if kind.folder:
                yield from self.folder(kind.name).values()
            elif kind.name in self.single:
                yield self.single[kind.name]

    def hand_written(self):
        return self.each(hand_written_only=True)


def load_files(root: Path = ROOT, on: dt.date | None = None, rules=RULES) -> tuple[Files, list[Problem]]:
    """Read and check every data file against its schema and `rules` (the data rules unless the caller
    adds others, as evidence.assemble does); return the files that passed their schema and every problem."""
    files = Files(root=root)
    problems: list[Problem] = []
    for kind in KINDS:
        for name, path in _paths(root, kind, problems):
            loaded = load_file(path, name)
            if loaded.data is not None:
                schema.check(loaded, kind.schema)
            problems.extend(loaded.problems)
            if loaded.problems:
                continue  # rules only see files that match their schema, so they never meet a wrong type
            if kind.folder:
                files.folders.setdefault(kind.name, {})[path.stem] = loaded
            else:
                files.single[kind.name] = loaded
        if kind.folder:
            files.ids[kind.name] = {p.stem for _, p in _paths(root, kind, [])}

    day = on or today()
    for rule in rules:
        level = getattr(rule, "LEVEL", "error")
        for loaded, path, wrong, expected in rule.check(files, day):
            line, col = loaded.position(path)
            problems.append(Problem(loaded.name, line, col, dotted(path), wrong, expected, level))
    return files, sorted(set(problems))


def _paths(root: Path, kind: Kind, problems: list[Problem]):
    """(name shown in messages, path) of each file of a kind; a missing file is a problem."""
    if not kind.folder:
        path = root / kind.path
        if path.exists():
            yield kind.path, path
        elif kind.required:
            problems.append(
                Problem(kind.path, 1, 1, "", "file is missing", "expected the file to exist; see CONTRIBUTING.md")
            )
        return
    paths = sorted((root / kind.path).glob("*"))
    for path in paths:
        rel = f"{kind.path}/{path.name}"
        if path.suffix != ".yaml":
            problems.append(
                Problem(rel, 1, 1, "", "not a .yaml file", f"expected only <id>.yaml files in {kind.path}/")
            )
            continue
        yield rel, path
    if kind.required and not any(p.suffix == ".yaml" for p in paths):
        problems.append(Problem(kind.path, 1, 1, "", "no data file", f"expected at least one {kind.path}/<id>.yaml"))


@dataclass
class Dataset:
    catalogue: dict
    frameworks: dict[str, dict]  # id -> framework data, ordered by name
    claims: dict
    guides: dict
    benchmarks: dict
    changes: dict
    retired: list[dict] = field(default_factory=list)  # frameworks readers search for that are no more
    surveys: dict = field(default_factory=lambda: {"checked": None, "surveys": []})  # data/surveys.yaml
    speed: dict | None = None  # the newest measured speed run (data/speed/<date>.yaml), if any
    speed_runs: list[dict] = field(repr=False, default_factory=list)  # every kept run, oldest first (the trend)
    where: dict[str, Loaded] = field(repr=False, default_factory=dict)  # file name -> positions
    warnings: list[Problem] = field(repr=False, default_factory=list)
    examples: dict | None = field(repr=False, default=None)  # the code catalogue (examples.catalogue)
    index: dict[str, dict] = field(repr=False, default_factory=dict)  # id -> facts derived from its index snapshot
    behaviour: dict | None = field(repr=False, default=None)  # probes and records (evidence.behaviour.collected)
    since: dict[str, dict] = field(repr=False, default_factory=dict)  # id -> data/since/<id>.yaml (collect --discover)

    @property
    def categories(self) -> list[dict]:
        return self.catalogue["categories"]

    @cached_property
    def features(self) -> list[dict]:
        """Every feature, each with the id and name of its category."""
        return [dict(f, category=c["id"], category_name=c["name"]) for c in self.categories for f in c["features"]]

    @cached_property
    def _features_by_id(self) -> dict[str, dict]:
        return {f["id"]: f for f in self.features}

    def feature(self, fid: str) -> dict:
        return self._features_by_id[fid]

    def scenario(self, sid: str) -> dict:
        return next(s for s in self.guides["scenarios"] if s["id"] == sid)

    def pairs(self) -> list[tuple[str, str]]:
        """Every pair of framework ids, each in alphabetical order."""
        return list(combinations(sorted(self.frameworks), 2))

    def surveys_of(self, fw_id: str) -> list[dict]:
        """The surveys that list a framework, each with its share of that framework as `share`."""
        return [dict(s, share=s["shares"][fw_id]) for s in self.surveys["surveys"] if fw_id in s["shares"]]

    def surveyed(self) -> list[str]:
        """Ids of the frameworks at least one survey lists, in the frameworks' order (by name)."""
        return [fid for fid in self.frameworks if self.surveys_of(fid)]

    def checked(self, fw_id: str, item: dict | None = None) -> str:
        """The date an item (or a whole framework file) was last checked."""
        return (item or {}).get("checked") or self.frameworks[fw_id]["checked"]
