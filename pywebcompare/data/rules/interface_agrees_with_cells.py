"""A framework's interface fact says what its WSGI and ASGI cells say, so the matrix, the guides and
the questionnaire (which score the fact) never give two answers (issue 24, item 9: Sanic was 'ASGI
built in' in the matrix and 'own-server' in the serverless guide)."""

NAME = "interface-agrees-with-cells"
DESCRIPTION = (
    "The `interface` fact follows the wsgi and asgi cells: both when both are built in or official, WSGI or "
    "ASGI when only that one is, own-server when neither is. A framework that also ships its own server "
    "says so in the fact's note."
)
SPEAKS = ("built-in", "official")


def expected(features: dict) -> str | None:
    """The interface the cells imply, or None when the catalogue has no wsgi or asgi feature."""
    if "wsgi" not in features or "asgi" not in features:
        return None
    wsgi, asgi = (features[k]["support"] in SPEAKS for k in ("wsgi", "asgi"))
    return "both" if wsgi and asgi else "WSGI" if wsgi else "ASGI" if asgi else "own-server"


def check(files, today):
    for fw in files.frameworks.values():
        want = expected(fw.data["features"])
        got = fw.data["facts"]["interface"]["value"]
        if want is not None and got != want:
            cells = ", ".join(f"{k} {fw.data['features'][k]['support']}" for k in ("wsgi", "asgi"))
            yield (
                fw,
                ("facts", "interface", "value"),
                f"interface {got} while the cells say {cells}",
                f"expected {want}",
            )
