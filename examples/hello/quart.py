# Hello world: one route returning plain text.
from quart import Quart

app = Quart(__name__)


@app.get("/")
async def hello():
    return "Hello, World!", 200, {"Content-Type": "text/plain"}
