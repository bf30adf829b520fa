"""Data chores for pyweb-compare: python -m pywebcompare <command> (--help for each)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from pywebcompare import ROOT
from pywebcompare.data import dataset, freshness
from pywebcompare.data.problems import DataError, dotted, format_report
from pywebcompare.evidence import assemble


def cmd_validate(args) -> int:
    """Check every data file; print one line per problem (file:line:column: field: what; expected)."""
    _, problems = assemble.validate(args.root)
    if problems:
        print(format_report(problems), file=sys.stderr)
    if any(p.level == "error" for p in problems):
        return 1
    print("Data is valid." if not problems else "Data is valid, with warnings to look at.")
    return 0


def cmd_scaffold(args) -> int:
    """Create data/frameworks/<id>.yaml listing every catalogue feature, left to fill."""
    from pywebcompare.evidence.scaffold import scaffold

    path = args.root / dataset.FRAMEWORK_DIR / f"{args.id}.yaml"
    if path.exists():
        print(f"{path.relative_to(args.root)} already exists; edit it instead.", file=sys.stderr)
        return 1
    files, problems = assemble.validate(args.root)
    if files.get("features") is None:
        print(format_report(problems), file=sys.stderr)
        return 1
    catalogue, today = files.get("features").data, dataset.today()
    path.write_text(scaffold(args.id, args.name, catalogue, today, args.package))
    snap = None
    if args.package:  # the index snapshot first, then the file again with what it knows
        from pywebcompare.data.yamlsafe import load_file
        from pywebcompare.evidence import refresh
        from pywebcompare.evidence.pipindex import PipChanged, configured_index_url

        try:
            base = configured_index_url()
        except PipChanged as err:
            print(f"{err}; the file was written without the snapshot's facts", file=sys.stderr)
            return 1
        status = refresh.refresh(args.root, [args.id], refresh.http_fetch, base, today, sys.stdout, sys.stderr)
        index_file = args.root / "data" / "index" / f"{args.id}.yaml"
        snap = load_file(index_file).data if status == 0 and index_file.exists() else None
        path.write_text(scaffold(args.id, args.name, catalogue, today, args.package, snap))
    print(f"Created {path.relative_to(args.root)}: fill every TODO, then run python -m pywebcompare validate.")
    return 0


def cmd_stale(args) -> int:
    """List facts last checked more than --months months ago (exit 0: a warning, not an error)."""
    data = _load(args.root)
    rows = list(freshness.stale_items(data, args.months))
    for name, line, path, when in rows:
        print(
            f"{name}:{line}: {dotted(path)}: last checked {when}, more than {args.months} months ago; check it against its source and update `checked`"
        )
    print(f"{len(rows)} fact{'s' if len(rows) != 1 else ''} checked more than {args.months} months ago.")
    return 0


def cmd_export(args) -> int:
    """Print the whole validated dataset as JSON (what the site publishes at /api/frameworks.json)."""
    from pywebcompare.site.export import api

    print(json.dumps(api(_load(args.root)), indent=1, ensure_ascii=False))
    return 0


def cmd_examples(args) -> int:
    """Run the examples catalogue (or only the named tasks) in each framework's own environment."""
    from pywebcompare.evidence import runner

    return runner.run(args.tasks, args.root)


def cmd_refresh(args) -> int:
    """Read the package index pip uses and rewrite data/index/<id>.yaml; print what moved (needs the network)."""
    from pywebcompare.evidence import refresh
    from pywebcompare.evidence.pipindex import PipChanged, configured_index_url

    try:
        base = configured_index_url()
    except PipChanged as err:
        print(f"refresh: {err}", file=sys.stderr)
        return 2
    print(f"Reading {base}")
    return refresh.refresh(args.root, args.ids, refresh.http_fetch, base, dataset.today(), sys.stdout, sys.stderr)


def cmd_write_site(args) -> int:
    """Write the whole site as plain Markdown/HTML and an mkdocs.yml that stock MkDocs + Material build."""
    import yaml

    from pywebcompare.site.portable import write_site
    from pywebcompare.site.urls import Links

    config = yaml.safe_load((args.root / "mkdocs.yml").read_text())
    links = Links(config["extra"]["repo"], config["extra"].get("branch", "main"))
    from pywebcompare.site.pages import Site

    site = Site(_load(args.root), links, config.get("site_url") or "")
    written = write_site(site, args.root, args.dir)
    print(f"Wrote {args.dir}: the written pages, {len(written)} generated pages and files, and mkdocs.yml.")
    print(f"Build it with: cd {args.dir} && python -m mkdocs build")
    return 0


cmd_write_site.options = {"dir": {"type": Path, "help": "folder to write (emptied first)"}}


def _load(root: Path):
    try:
        return assemble.load(root)
    except DataError as err:
        print(err, file=sys.stderr)
        sys.exit(1)


cmd_scaffold.options = {
    "id": {"help": "lower-case id with hyphens, e.g. my-framework"},
    "--name": {"required": True, "help": "the framework's name as its project writes it"},
    "--package": {"help": "its name on the package index: reads its snapshot and fills in what it knows"},
}
cmd_stale.options = {"--months": {"type": int, "default": freshness.DEFAULT_MONTHS, "help": "age limit (default 12)"}}


def cmd_collect(args) -> int:
    """Check a feature's "since" version by running its examples on real releases (bisects if wrong)."""
    from pywebcompare.evidence import collect

    if args.discover is not None:
        from pywebcompare.evidence import discover

        return discover.main(args.discover, args.root, args.max_trials)
    if args.all:
        return collect.main_all(args.write, args.root)
    if not (args.framework and args.feature):
        print("name a framework and a feature, e.g. `collect <framework> async-views`, or use --all", file=sys.stderr)
        return 2
    return collect.main(args.framework, args.feature, args.write, args.root)


cmd_collect.options = {
    "framework": {"nargs": "?", "help": "framework id, as its data file is named"},
    "feature": {"nargs": "?", "help": "catalogue feature id, e.g. async-views"},
    "--all": {"action": "store_true", "help": "every `since` that an example demonstrates"},
    "--write": {"action": "store_true", "help": "record the verdict in data/examples/<framework>.yaml"},
    "--discover": {
        "nargs": "*",
        "metavar": "ID",
        "default": None,
        "help": "find the first release whose examples pass, per feature, for these frameworks (default: every "
        "one with tested examples) and write data/since/<id>.yaml",
    },
    "--max-trials": {"type": int, "default": 80, "help": "with --discover: the most releases tried per framework"},
}


def cmd_behaviour(args) -> int:
    """Serve each framework's behaviour app, send the probes, write data/behaviour/<id>.yaml."""
    from pywebcompare.evidence import observe

    return observe.main(args.ids, args.root, check_only=args.check)


cmd_behaviour.options = {
    "ids": {
        "nargs": "*",
        "metavar": "ID",
        "help": "framework ids (default: every one with examples/behaviour/<id>.py)",
    },
    "--check": {"action": "store_true", "help": "only check the contract's happy paths; write nothing"},
}
cmd_examples.options = {"tasks": {"nargs": "*", "help": "task ids (default: every task)"}}
cmd_refresh.options = {"ids": {"nargs": "*", "metavar": "ID", "help": "framework ids (default: every one)"}}
COMMANDS = {
    "validate": cmd_validate,
    "scaffold": cmd_scaffold,
    "stale": cmd_stale,
    "export": cmd_export,
    "refresh": cmd_refresh,
    "examples": cmd_examples,
    "collect": cmd_collect,
    "behaviour": cmd_behaviour,
    "write-site": cmd_write_site,
}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pywebcompare", description=__doc__)
    parser.add_argument("--root", type=Path, default=ROOT, help="project folder (default: this checkout)")
    sub = parser.add_subparsers(dest="command", required=True)
    for name, fn in COMMANDS.items():
        p = sub.add_parser(name, help=fn.__doc__, description=fn.__doc__)
        for flag, opts in getattr(fn, "options", {}).items():
            p.add_argument(flag, **opts)
    args = parser.parse_args(argv)
    return COMMANDS[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
