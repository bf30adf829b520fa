# resp.stream takes an async generator whose chunks are sent as they are produced.
import responder

api = responder.API()


@api.get("/stream")
async def stream(req, resp):
    resp.mimetype = "text/plain"

    @resp.stream
    async def body():
        for i in range(5):
            yield f"{i}\n".encode()


app = api
