# A resource per request: Connexion has no injection system, so a decorator opens the resource, passes it in and closes it.
import functools
from contextlib import contextmanager

from connexion import AsyncApp
from connexion.resolver import RelativeResolver

STATS = {"opened": 0, "closed": 0}
SPEC = {
    "openapi": "3.0.3",
    "info": {"title": "Resource", "version": "1.0"},
    "paths": {
        "/resource": {"get": {"operationId": "use_resource", "responses": {"200": {"description": "The resource"}}}},
        "/stats": {"get": {"operationId": "stats", "responses": {"200": {"description": "Counters"}}}},
    },
}


@contextmanager
def open_resource():
    STATS["opened"] += 1
    try:
        yield "open"
    finally:
        STATS["closed"] += 1


def with_resource(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        with open_resource() as resource:
            return view(resource, *args, **kwargs)

    return wrapper


@with_resource
def use_resource(resource):
    return {"resource": resource}


def stats():
    return STATS


app = AsyncApp(__name__)
app.add_api(SPEC, resolver=RelativeResolver(__name__))
