# A lifespan context manager runs at startup and stores the greeting in api.state, read back through req.api.state.
from contextlib import asynccontextmanager

import responder


@asynccontextmanager
async def lifespan(app):
    app.state.greeting = "hi"
    yield


api = responder.API(lifespan=lifespan)


@api.get("/state")
def state(req, resp):
    resp.media = {"started": True, "greeting": req.api.state.greeting}


app = api
