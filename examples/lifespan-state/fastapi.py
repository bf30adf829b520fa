# A lifespan function runs startup code before the first request and shares state with the handlers.
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request


@asynccontextmanager
async def lifespan(app: FastAPI):
    yield {"greeting": "hi"}  # startup above the yield, shutdown below it


app = FastAPI(lifespan=lifespan)


@app.get("/state")
def state(request: Request):
    return {"started": True, "greeting": request.state.greeting}
