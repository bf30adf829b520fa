# Hello world: one path operation returning plain text.
from fastapi import FastAPI
from fastapi.responses import PlainTextResponse

app = FastAPI()


@app.get("/", response_class=PlainTextResponse)
def hello():
    return "Hello, World!"
