"""One fact, one number (issue 24, item 9): every age counts to one stated date, the newest snapshot's
day, whatever day the site is built; the rankings read the same ages as the pages."""

from __future__ import annotations

import datetime as dt

from pywebcompare.evidence import assemble, index
from pywebcompare.site import guides


def test_ages_count_to_the_newest_snapshot_day_whatever_the_build_day():
    early, late = assemble.load(on=dt.date(2027, 1, 4)), assemble.load(on=dt.date(2027, 9, 1))
    newest = max(str(d["taken"])[:10] for d in early.index.values())
    for fid, derived in early.index.items():
        assert derived["as_of"] == newest, fid
        last = dt.date.fromisoformat(derived["last_release"]["date"])
        assert derived["days_since_last_release"] == (dt.date.fromisoformat(newest) - last).days, fid
        for key in ("days_since_last_release", "health", "dormant", "releases_12m", "as_of"):
            assert late.index[fid][key] == derived[key], (fid, key)


def test_the_rankings_read_the_ages_the_pages_show():
    data = assemble.load()
    credits = guides.Ranker(data, guides.gather(data)).credits({"maintenance": True, "weight": 1})
    for fid, derived in data.index.items():
        said = credits[fid].said
        assert f"{derived['days_since_last_release']} days before {derived['as_of']}" in said, (fid, said)


def test_the_health_rule_names_the_date_it_counts_to():
    assert "the day of the newest snapshot" in index.HEALTH_RULE
    assert "built" not in index.HEALTH_RULE
