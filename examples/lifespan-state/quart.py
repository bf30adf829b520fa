# A before_serving hook prepares app state before the first request is handled.
from quart import Quart

app = Quart(__name__)


@app.before_serving
async def startup():
    app.config["GREETING"] = "hi"


@app.get("/state")
async def state():
    greeting = app.config.get("GREETING")
    return {"started": greeting is not None, "greeting": greeting}
