# A resource per request: FastAPI's Depends, on NiceGUI's app, runs the code after yield once the request ends.
from typing import Annotated

from fastapi import Depends
from nicegui import app, ui

stats = {"opened": 0, "closed": 0}


class Resource:
    state = "open"


def get_resource():
    stats["opened"] += 1
    try:
        yield Resource()
    finally:
        stats["closed"] += 1


@app.get("/resource")
def use_resource(resource: Annotated[Resource, Depends(get_resource)]):
    return {"resource": resource.state}


@app.get("/stats")
def get_stats():
    return stats


if __name__ in {"__main__", "__mp_main__"}:
    ui.run()
