"""Command line: python -m pywebcompare <command>. Run with --help for the list."""
from __future__ import annotations

import argparse
import sys

from . import ROOT, dataset
from .problems import format_report


def cmd_validate(args) -> int:
    """Check every data file; print one line per problem."""
    _, problems = dataset.load_files(ROOT)
    if problems:
        print(format_report(problems), file=sys.stderr)
        return 1
    print("Data is valid.")
    return 0


COMMANDS = {"validate": cmd_validate}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pywebcompare", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    for name, fn in COMMANDS.items():
        p = sub.add_parser(name, help=fn.__doc__, description=fn.__doc__)
        for flag, opts in getattr(fn, "options", {}).items():
            p.add_argument(flag, **opts)
    args = parser.parse_args(argv)
    return COMMANDS[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
