# Streaming response: StreamedContent sends the chunks of an async generator.
from blacksheep import Application, Response, StreamedContent, get

app = Application()


async def numbers():
    for i in range(5):
        yield f"{i}\n".encode()


@get("/stream")
async def stream():
    return Response(200, content=StreamedContent(b"text/plain", numbers))
