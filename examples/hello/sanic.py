# Hello world: one route returning plain text.
from sanic import Sanic
from sanic.response import text

app = Sanic("Hello")


@app.get("/")
async def hello(request):
    return text("Hello, World!")
