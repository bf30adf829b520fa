# Hello world: one route returning plain text.
from blacksheep import Application, get, text

app = Application()


@get("/")
async def hello():
    return text("Hello, World!")
