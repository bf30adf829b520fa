"""The async model is recorded where it belongs, and agrees with the support level."""

NAME = "async-model-on-async-views"
DESCRIPTION = (
    "`async_model` appears on the async-views entry only, on every one, and says `concurrency: none` "
    "exactly when async views are not available."
)
FEATURE = "async-views"


def check(files, today):
    for fw in files.frameworks.values():
        for fid, feat in fw.data["features"].items():
            model = feat.get("async_model")
            if fid != FEATURE:
                if model is not None:
                    yield (
                        fw,
                        ("features", fid, "async_model"),
                        f"async_model on {fid}",
                        f"expected it only on {FEATURE}",
                    )
                continue
            if model is None:
                yield (
                    fw,
                    ("features", fid),
                    "the async model is not recorded",
                    "expected `async_model: {concurrency: event-loop|thread-per-request|none, server: asgi|own-event-loop|wsgi}`",
                )
            elif (model["concurrency"] == "none") != (feat["support"] == "none"):
                yield (
                    fw,
                    ("features", fid, "async_model", "concurrency"),
                    f"concurrency {model['concurrency']} with support {feat['support']}",
                    "expected concurrency none exactly when the support is none",
                )
