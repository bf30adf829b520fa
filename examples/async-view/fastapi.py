# An async path operation runs on the event loop.
import asyncio

from fastapi import FastAPI

app = FastAPI()


@app.get("/async")
async def async_view():
    await asyncio.sleep(0)
    return {"async": True}
