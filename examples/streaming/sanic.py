# Streaming response: lines from a generator are sent one by one, chunked.
from sanic import Sanic

app = Sanic("Streaming")


def numbers():
    for i in range(5):
        yield f"{i}\n"


@app.get("/stream")
async def stream(request):
    response = await request.respond(content_type="text/plain")
    for line in numbers():
        await response.send(line)
    await response.eof()
