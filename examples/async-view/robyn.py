# An async def handler runs on the event loop of Robyn's server process.
import asyncio

from robyn import Robyn

app = Robyn(__file__)


@app.get("/async")
async def async_view():
    await asyncio.sleep(0.01)
    return {"async": True}


if __name__ == "__main__":
    app.start()
