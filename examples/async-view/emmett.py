# An async handler: Emmett routes are coroutines by design, run on the server's event loop.
import asyncio

from emmett import App
from emmett.tools import service

app = App(__name__)


@app.route("/async", methods="get")
@service.json
async def async_view():
    await asyncio.sleep(0.01)
    return {"async": True}
