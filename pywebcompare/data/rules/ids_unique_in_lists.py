"""Claims and scenarios have unique ids."""

NAME = "ids-unique-in-lists"
DESCRIPTION = "Each claim id and each guide scenario id appears once."


def check(files, today):
    for name, key in (("claims", "claims"), ("guides", "scenarios")):
        loaded = files.get(name)
        if loaded is None:
            continue
        seen = set()
        for i, item in enumerate(loaded.data[key]):
            if item["id"] in seen:
                yield loaded, (key, i, "id"), f"id {item['id']!r} appears twice", "expected unique ids"
            seen.add(item["id"])
