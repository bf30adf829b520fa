# A before_server_start listener puts state on app.ctx before the first request.
from sanic import Sanic
from sanic.response import json

app = Sanic("LifespanState")


@app.before_server_start
async def startup(app):
    app.ctx.greeting = "hi"


@app.get("/state")
async def state(request):
    greeting = getattr(request.app.ctx, "greeting", None)
    return json({"started": greeting is not None, "greeting": greeting})
