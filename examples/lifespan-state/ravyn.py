# An on_startup handler runs once before the first request and keeps a value in app.state.
# (In 0.4.3 the documented lifespan(app) context receives None as app under a real server.)
from ravyn import Ravyn, Request, get


async def startup():
    app.state.greeting = "hi"


@get("/state")
def state(request: Request) -> dict:
    return {"started": True, "greeting": request.app.state.greeting}


app = Ravyn(routes=[state], on_startup=[startup])
