# A dependency with yield: FastAPI opens the resource for the handler and runs the clean-up after it.
from typing import Annotated

from fastapi import Depends, FastAPI

app = FastAPI()
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
def read_stats():
    return stats
