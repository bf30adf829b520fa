# An async handler: an async def route on NiceGUI's app runs on the server's event loop.
import asyncio

from nicegui import app, ui


@app.get("/async")
async def async_view():
    await asyncio.sleep(0.01)
    return {"async": True}


if __name__ in {"__main__", "__mp_main__"}:
    ui.run()
