# An async handler: Connexion's AsyncApp awaits coroutine views on the event loop (sync views go to a thread pool).
import asyncio

from connexion import AsyncApp
from connexion.resolver import RelativeResolver

SPEC = {
    "openapi": "3.0.3",
    "info": {"title": "Async", "version": "1.0"},
    "paths": {"/async": {"get": {"operationId": "async_view", "responses": {"200": {"description": "Done"}}}}},
}


async def async_view():
    await asyncio.sleep(0.01)
    return {"async": True}


app = AsyncApp(__name__)
app.add_api(SPEC, resolver=RelativeResolver(__name__))
