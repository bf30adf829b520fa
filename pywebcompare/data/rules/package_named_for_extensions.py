"""Support through an extension names the extension."""

NAME = "package-named-for-extensions"
DESCRIPTION = "A feature supported by an official or third-party extension names its package."


def check(files, today):
    for fw in files.frameworks.values():
        for fid, feat in fw.data["features"].items():
            if feat["support"] in ("official", "third-party") and "package" not in feat:
                yield (
                    fw,
                    ("features", fid, "support"),
                    f"support is {feat['support']} but no package is named",
                    "expected a `package:` field naming the extension",
                )
