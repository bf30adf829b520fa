# An HTTP middleware times each request; CORSMiddleware allows one origin.
import time

from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import PlainTextResponse

app = FastAPI()


@app.middleware("http")
async def add_process_time(request: Request, call_next):
    start = time.perf_counter()
    response = await call_next(request)
    response.headers["X-Process-Time"] = f"{time.perf_counter() - start:.6f}"
    return response


app.add_middleware(CORSMiddleware, allow_origins=["https://example.org"], allow_methods=["GET"])


@app.get("/", response_class=PlainTextResponse)
def hello():
    return "Hello, World!"
