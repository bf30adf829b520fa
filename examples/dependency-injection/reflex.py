# A resource per request: Reflex has no injection for API routes; FastAPI's Depends closes it after the request.
from typing import Annotated

import reflex as rx
from fastapi import Depends, FastAPI

api = FastAPI()
stats = {"opened": 0, "closed": 0}


class Resource:
    state = "open"


def get_resource():
    stats["opened"] += 1
    try:
        yield Resource()
    finally:
        stats["closed"] += 1


@api.get("/resource")
def use_resource(resource: Annotated[Resource, Depends(get_resource)]):
    return {"resource": resource.state}


@api.get("/stats")
def get_stats():
    return stats


app = rx.App(api_transformer=api)
