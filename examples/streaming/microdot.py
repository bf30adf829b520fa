# Streaming response: a returned generator is sent chunk by chunk, without a Content-Length.
from microdot.asgi import Microdot

app = Microdot()


@app.get("/stream")
async def stream(request):
    async def lines():
        for i in range(5):
            yield f"{i}\n"

    return lines()
