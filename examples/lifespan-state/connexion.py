# Startup code and state: the lifespan handler yields a dict, which Connexion puts on request.state for every request.
import contextlib

from connexion import AsyncApp, request
from connexion.resolver import RelativeResolver

SPEC = {
    "openapi": "3.0.3",
    "info": {"title": "State", "version": "1.0"},
    "paths": {"/state": {"get": {"operationId": "state", "responses": {"200": {"description": "State"}}}}},
}


@contextlib.asynccontextmanager
async def lifespan(app):
    yield {"started": True, "greeting": "hi"}  # code after the yield runs at shutdown


def state():
    return {"started": request.state.started, "greeting": request.state.greeting}


app = AsyncApp(__name__, lifespan=lifespan)
app.add_api(SPEC, resolver=RelativeResolver(__name__))
