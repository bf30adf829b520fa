# Streaming: the stream() decorator turns the route into a generator whose chunks are sent as they are produced.
from emmett import App
from emmett.tools import stream

app = App(__name__)


@app.route("/stream", methods="get")
@stream(headers={"content-type": "text/plain"})
async def lines():
    for i in range(5):
        yield f"{i}\n".encode()
