"""A framework id cannot be read as a pair of ids."""

from pywebcompare.data.vocab import PAIR_SEPARATOR

NAME = "framework-id-not-a-pair"
DESCRIPTION = f"A framework id never contains {PAIR_SEPARATOR!r}, which joins two ids in a pair page's address."


def check(files, today):
    for stem, fw in files.frameworks.items():
        if PAIR_SEPARATOR in stem:
            yield (
                fw,
                ("id",),
                f"the id {stem!r} contains {PAIR_SEPARATOR!r}, which pair pages use to join two ids",
                "expected an id without it, e.g. 'a-and-b'; rename the file and the id",
            )
