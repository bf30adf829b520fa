"""The dataset the site draws: the validated data (data/) with what the evidence adds to it: facts
derived from package-index snapshots, the newest speed run, the examples catalogue and the observed
behaviour (data/behaviour/)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pywebcompare import ROOT
from pywebcompare.data import rules as data_rules
from pywebcompare.data.dataset import Dataset, Files, load_files, today
from pywebcompare.data.problems import DataError, Problem
from pywebcompare.evidence import behaviour, index
from pywebcompare.evidence import rules as evidence_rules
from pywebcompare.evidence.examples import catalogue
from pywebcompare.evidence.speed import kept_runs, newest_run

RULES = [*data_rules.RULES, *evidence_rules.RULES]


def validate(root: Path = ROOT, on: dt.date | None = None) -> tuple[Files, list[Problem]]:
    """Every data file checked against its schema, the data rules and the evidence rules."""
    return load_files(root, on, RULES)


def load(root: Path = ROOT, on: dt.date | None = None) -> Dataset:
    """The validated dataset, or DataError listing every error (warnings do not stop it)."""
    files, problems = validate(root, on)
    errors = [p for p in problems if p.level == "error"]
    if errors:
        raise DataError(errors)
    day = index.as_of([loaded.data for loaded in files.folder("index").values()], on or today())
    snapshots = {fid: index.derived_of(loaded, day) for fid, loaded in files.folder("index").items()}
    for fid, derived in snapshots.items():  # facts the index settles replace or fill typed ones
        files.frameworks[fid].data["facts"].update(index.covered_facts(derived))
    frameworks = sorted(files.frameworks.items(), key=lambda kv: kv[1].data["name"].casefold())
    return Dataset(
        catalogue=files.get("features").data,
        frameworks={k: v.data for k, v in frameworks},
        claims=files.get("claims").data,
        guides=files.get("guides").data,
        benchmarks=files.get("benchmarks").data,
        changes=files.get("changes").data,
        retired=files.get("retired").data["retired"] if files.get("retired") else [],
        surveys=files.get("surveys").data if files.get("surveys") else {"checked": None, "surveys": []},
        speed=newest_run(files.folder("speed")),
        speed_runs=kept_runs(files.folder("speed")),
        where={loaded.name: loaded for loaded in files.each()},
        warnings=problems,  # every error has raised above: what is left are warnings
        index=snapshots,
        examples=_examples_catalogue(files, {k: v.data for k, v in frameworks}, root),
        behaviour=behaviour.collected({fid: loaded.data for fid, loaded in files.folder("behaviour").items()}),
        since={fid: loaded.data for fid, loaded in files.folder("since").items()},
    )


def _examples_catalogue(files: Files, frameworks: dict, root: Path) -> dict | None:
    tasks, tested = files.get("tasks"), files.get("tested")
    return catalogue(
        tasks.data if tasks else None,
        {fid: loaded.data for fid, loaded in files.folder("examples").items()},
        tested.data if tested else None,
        frameworks,
        root,
    )
