# Middleware and CORS: an HTTP middleware on the FastAPI app; Reflex adds CORS for the origins in rxconfig.py.
import time

import reflex as rx
from fastapi import FastAPI, Request
from fastapi.responses import PlainTextResponse

api = FastAPI()


@api.middleware("http")
async def add_process_time(request: Request, call_next):
    start = time.perf_counter()
    response = await call_next(request)
    response.headers["X-Process-Time"] = f"{time.perf_counter() - start:.6f}"
    return response


@api.get("/", response_class=PlainTextResponse)
def index():
    return "Hello, World!"


app = rx.App(api_transformer=api)
