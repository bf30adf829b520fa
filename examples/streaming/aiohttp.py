# Streaming response: a StreamResponse is prepared, then lines from a generator are written chunked.
from aiohttp import web


def numbers():
    for i in range(5):
        yield f"{i}\n"


async def stream(request):
    response = web.StreamResponse()
    response.content_type = "text/plain"
    await response.prepare(request)
    for line in numbers():
        await response.write(line.encode())
    await response.write_eof()
    return response


app = web.Application()
app.router.add_get("/stream", stream)

if __name__ == "__main__":
    web.run_app(app)
