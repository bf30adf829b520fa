# An async handler: Microdot runs async def handlers as tasks on its event loop.
import asyncio

from microdot.asgi import Microdot

app = Microdot()


@app.get("/async")
async def async_view(request):
    await asyncio.sleep(0.01)
    return {"async": True}
