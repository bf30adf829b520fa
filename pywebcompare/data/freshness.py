"""Which facts were last checked too long ago."""

from __future__ import annotations

import calendar
import datetime as dt

from pywebcompare.data.dataset import KINDS, Dataset, today
from pywebcompare.data.rules._walk import walk

DEFAULT_MONTHS = 12


def cutoff(months: int = DEFAULT_MONTHS, on: dt.date | None = None) -> dt.date:
    """The date `months` months before `on` (the day clamped to the month's length)."""
    on = on or today()
    year, month = divmod(on.year * 12 + on.month - 1 - months, 12)
    return dt.date(year, month + 1, min(on.day, calendar.monthrange(year, month + 1)[1]))


def stale_items(data: Dataset, months: int = DEFAULT_MONTHS, on: dt.date | None = None):
    """(file, line, field path, checked date) for every item last checked before the cutoff.

    An item without its own `checked` date takes the nearest one above it (a claim's for its
    evidence, the file's for everything else).
    """
    limit = cutoff(months, on).isoformat()
    # Tool-written files (snapshots, speed runs, pass records) are dated by the tool that wrote them;
    # the facts they settle are listed through the framework files that show them.
    derived = tuple(k.path for k in KINDS if k.derived)
    written_by_hand = {name: loaded for name, loaded in data.where.items() if not name.startswith(derived)}
    for name, loaded in written_by_hand.items():
        for path in _items(loaded.data):
            when = nearest_checked(loaded.data, path)
            if when < limit:
                yield name, loaded.position(path)[0], path, when


def nearest_checked(data: dict, path: tuple) -> str:
    """The `checked` date of the item at `path`, or of the closest item above it that has one."""
    found = data.get("checked", "")
    item = data
    for part in path:
        item = item[part]
        if isinstance(item, dict) and "checked" in item:
            found = item["checked"]
    return found


def _items(data):
    """Paths of the dicts that carry a source: each is one sourced fact. The schemas give each such dict
    either a `source` or (a claim's evidence) a `url`, never both, so each path comes once."""
    for path, _ in walk(data):
        if path and path[-1] in ("source", "url"):
            yield path[:-1]
