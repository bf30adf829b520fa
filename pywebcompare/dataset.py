"""Load every data file, validate it, and hand out the dataset the pages are drawn from."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property
from itertools import combinations
from pathlib import Path

from . import ROOT, index, schema
from .problems import DataError, Problem, dotted
from .rules import RULES, each_file
from .yamlsafe import Loaded, load_file

# Data files other than the frameworks: name -> schema. Each must exist.
SINGLE_FILES = {
    "features": "features.schema.json",
    "claims": "claims.schema.json",
    "guides": "guides.schema.json",
    "benchmarks": "benchmarks.schema.json",
    "changes": "changes.schema.json",
}
FRAMEWORK_SCHEMA = "framework.schema.json"
FRAMEWORK_DIR = "data/frameworks"

SUPPORT = {  # level -> (icon, words, score used for sorting and ranking)
    # Circles filling up with the level: plain shapes that every font has, never colour alone.
    "built-in": ("●", "Built in", 4),
    "official": ("◕", "Official extension", 3),
    "third-party": ("◑", "Third-party package", 2),
    "partial": ("◔", "Partial", 1),
    "none": ("○", "Not available", 0),
}


def today() -> dt.date:
    return dt.date.today()


def load_files(
    root: Path = ROOT, on: dt.date | None = None, snapshots: dict | None = None
) -> tuple[dict, list[Problem]]:
    """Read and check every data file; return the loaded files and every problem found.

    `snapshots`, when given, is filled with each framework's facts derived from data/index/.
    """
    files: dict = {"frameworks": {}, "framework_ids": set()}
    problems: list[Problem] = []
    checked: list[tuple[Loaded, str]] = []
    for name, schema_name in SINGLE_FILES.items():
        path = root / "data" / f"{name}.yaml"
        if not path.exists():
            problems.append(
                Problem(
                    f"data/{name}.yaml", 1, 1, "", "file is missing", "expected the file to exist; see CONTRIBUTING.md"
                )
            )
            continue
        checked.append((load_file(path, f"data/{name}.yaml"), schema_name))
    fw_paths = sorted((root / FRAMEWORK_DIR).glob("*"))
    for path in fw_paths:
        rel = f"{FRAMEWORK_DIR}/{path.name}"
        if path.suffix != ".yaml":
            problems.append(
                Problem(rel, 1, 1, "", "not a .yaml file", "expected only <id>.yaml files in data/frameworks/")
            )
            continue
        checked.append((load_file(path, rel), FRAMEWORK_SCHEMA))
        files["framework_ids"].add(path.stem)  # known even when broken, so references to it still hold
    if not any(p.suffix == ".yaml" for p in fw_paths):
        problems.append(
            Problem(FRAMEWORK_DIR, 1, 1, "", "no framework file", "expected at least one data/frameworks/<id>.yaml")
        )

    for loaded, schema_name in checked:
        if loaded.data is not None:
            schema.check(loaded, schema_name)
        problems.extend(loaded.problems)
        if loaded.problems:
            continue  # rules only see files that match their schema, so they never meet a wrong type
        if schema_name == FRAMEWORK_SCHEMA:
            files["frameworks"][Path(loaded.name).stem] = loaded
        else:
            files[Path(loaded.name).stem] = loaded

    for check in RULES:
        for loaded, path, wrong, expected in check(files, on or today()):
            line, col = loaded.position(path)
            problems.append(Problem(loaded.name, line, col, dotted(path), wrong, expected))
    problems += index.load_snapshots(root, files, on or today(), {} if snapshots is None else snapshots)
    return files, sorted(set(problems))


def load(root: Path = ROOT, on: dt.date | None = None) -> Dataset:
    """The validated dataset, or DataError listing every problem."""
    snapshots: dict = {}
    files, problems = load_files(root, on, snapshots)
    if problems:
        raise DataError(problems)
    for fid, derived in snapshots.items():  # facts the index settles replace or fill typed ones
        files["frameworks"][fid].data["facts"].update(index.covered_facts(derived))
    return Dataset(
        catalogue=files["features"].data,
        frameworks={
            k: v.data for k, v in sorted(files["frameworks"].items(), key=lambda kv: kv[1].data["name"].casefold())
        },
        claims=files["claims"].data,
        guides=files["guides"].data,
        benchmarks=files["benchmarks"].data,
        changes=files["changes"].data,
        where={loaded.name: loaded for loaded in each_file(files)},
        index=snapshots,
    )


@dataclass
class Dataset:
    catalogue: dict
    frameworks: dict[str, dict]  # id -> framework data, ordered by name
    claims: dict
    guides: dict
    benchmarks: dict
    changes: dict
    where: dict[str, Loaded] = field(repr=False, default_factory=dict)  # file name -> positions
    index: dict[str, dict] = field(repr=False, default_factory=dict)  # id -> facts from its index snapshot

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

    def checked(self, fw_id: str, item: dict | None = None) -> str:
        """The date an item (or a whole framework file) was last checked."""
        return (item or {}).get("checked") or self.frameworks[fw_id]["checked"]
