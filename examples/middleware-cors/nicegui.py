# Middleware and CORS: an HTTP middleware and Starlette's CORSMiddleware, added to NiceGUI's app before it starts.
import time

from fastapi import Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import PlainTextResponse
from nicegui import app, ui

app.add_middleware(CORSMiddleware, allow_origins=["https://example.org"], allow_methods=["*"])


@app.middleware("http")
async def add_process_time(request: Request, call_next):
    start = time.perf_counter()
    response = await call_next(request)
    response.headers["X-Process-Time"] = f"{time.perf_counter() - start:.6f}"
    return response


@app.get("/", response_class=PlainTextResponse)
def index():
    return "Hello, World!"


if __name__ in {"__main__", "__mp_main__"}:
    ui.run()
