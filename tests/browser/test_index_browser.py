"""The home table sorts by last release as a number: newest first, then oldest first."""

from __future__ import annotations


def test_home_table_sorts_by_last_release(page, base_url):
    page.goto(base_url)
    page.get_by_role("button", name="Sort by Last release").click()
    table = page.locator("table[data-sortable]").first
    column = [th.inner_text().strip() for th in table.locator("thead th").all()].index("Last release")

    def days():
        cells = table.locator(f"tbody tr > :nth-child({column + 1})").all()
        return [int(c.get_attribute("data-sort")) for c in cells]

    newest_first = days()
    assert newest_first == sorted(newest_first, reverse=True) and len(set(newest_first)) > 1
    page.get_by_role("button", name="Sort by Last release").click()
    assert days() == sorted(newest_first)
