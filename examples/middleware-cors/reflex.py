# Middleware and CORS: an HTTP middleware on the FastAPI app; Reflex itself adds CORS for its configured origins.
import os
import time

import reflex as rx
from fastapi import FastAPI, Request
from fastapi.responses import PlainTextResponse

# A project sets cors_allowed_origins in rxconfig.py; REFLEX_-prefixed variables override it, as here.
os.environ.setdefault("REFLEX_CORS_ALLOWED_ORIGINS", "https://example.org")

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
