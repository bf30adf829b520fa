# Handlers can be coroutines; FastHTML awaits them on the event loop.
import asyncio

from fasthtml.common import *

app, rt = fast_app()


@rt("/async")
async def get():
    await asyncio.sleep(0.01)
    return {"async": True}


serve()
