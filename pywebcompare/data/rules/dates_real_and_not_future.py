"""Dates exist and are not in the future."""

import datetime as dt

from pywebcompare.data.rules._walk import leaves

NAME = "dates-real-and-not-future"
DESCRIPTION = "Every `checked` and `date` is a real calendar date, on or before today."


def check(files, today):
    for loaded in files.hand_written():  # tool-written files get their dates from the tool
        for path, value in leaves(loaded):
            if path and path[-1] in ("checked", "date") and isinstance(value, str):
                try:
                    day = dt.date.fromisoformat(value)
                except ValueError:
                    yield (
                        loaded,
                        path,
                        f"{value!r} is not a real date",
                        "expected a date that exists, written YYYY-MM-DD",
                    )
                    continue
                if day > today:
                    yield loaded, path, f"{value} is in the future", f"expected a date on or before {today.isoformat()}"
