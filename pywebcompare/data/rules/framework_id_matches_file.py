"""A framework file's id equals its file name."""

NAME = "framework-id-matches-file"
DESCRIPTION = "The id inside data/frameworks/<id>.yaml equals <id>."


def check(files, today):
    for stem, fw in files.frameworks.items():
        if fw.data["id"] != stem:
            yield (
                fw,
                ("id",),
                f"id {fw.data['id']!r} does not match the file name {stem}.yaml",
                f"expected id: {stem} (or rename the file)",
            )
