# A lifespan function runs startup code before the first request and yields state for the requests.
from contextlib import asynccontextmanager

from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route


@asynccontextmanager
async def lifespan(app):
    yield {"greeting": "hi"}  # startup above the yield, shutdown below it


async def state(request):
    return JSONResponse({"started": True, "greeting": request.state.greeting})


app = Starlette(routes=[Route("/state", state)], lifespan=lifespan)
