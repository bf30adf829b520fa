# Hello world: Microdot's ASGI class, the set-up its docs give for CPython servers; a str is text/plain.
from microdot.asgi import Microdot

app = Microdot()


@app.get("/")
async def index(request):
    return "Hello, World!"
