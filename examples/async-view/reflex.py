# An async handler: an async def route on the FastAPI app mounted through api_transformer.
import asyncio

import reflex as rx
from fastapi import FastAPI

api = FastAPI()


@api.get("/async")
async def async_view():
    await asyncio.sleep(0.01)
    return {"async": True}


app = rx.App(api_transformer=api)
