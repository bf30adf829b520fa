"""No two framework files describe the same framework."""

NAME = "framework-names-unique"
DESCRIPTION = "Each framework name appears in one file only (case-insensitive)."


def check(files, today):
    seen = {}
    for stem, fw in sorted(files.frameworks.items()):
        key = fw.data["name"].casefold()
        if key in seen:
            yield (
                fw,
                ("name",),
                f"the name {fw.data['name']!r} is already used by {seen[key]}.yaml",
                "expected each framework once; merge the two files",
            )
        else:
            seen[key] = stem
