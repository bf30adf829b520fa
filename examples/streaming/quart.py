# Streaming response: the body comes from an async generator and is sent chunked.
from quart import Quart

app = Quart(__name__)


@app.get("/stream")
async def stream():
    async def numbers():
        for i in range(5):
            yield f"{i}\n".encode()

    return numbers(), 200, {"Content-Type": "text/plain"}
