"""Which facts were last checked too long ago."""

from __future__ import annotations

import datetime as dt

from .dataset import Dataset, today
from .rules import walk

DEFAULT_MONTHS = 12


def cutoff(months: int = DEFAULT_MONTHS, on: dt.date | None = None) -> dt.date:
    """The date `months` months before `on` (the day clamped to the month's length)."""
    on = on or today()
    year, month = divmod(on.year * 12 + on.month - 1 - months, 12)
    month += 1
    for day in range(on.day, 27, -1):
        try:
            return dt.date(year, month, day)
        except ValueError:
            continue
    return dt.date(year, month, min(on.day, 28))


def stale_items(data: Dataset, months: int = DEFAULT_MONTHS, on: dt.date | None = None):
    """(file, line, field path, checked date) for every item last checked before the cutoff.

    An item without its own `checked` date takes its file's.
    """
    limit = cutoff(months, on).isoformat()
    for name, loaded in data.where.items():
        file_checked = loaded.data.get("checked", "")
        for path, _ in _items(loaded.data):
            item = loaded.data
            for part in path:
                item = item[part]
            when = item.get("checked", file_checked) if isinstance(item, dict) else file_checked
            if when < limit:
                yield name, loaded.position(path)[0], path, when


def _items(data):
    """Paths of the dicts that carry a source: each is one sourced fact."""
    seen = set()
    for path, _ in walk(data):
        if path and path[-1] in ("source", "url"):
            parent = path[:-1]
            if parent not in seen:
                seen.add(parent)
                yield parent, None
