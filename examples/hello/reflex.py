# Hello world: routes on a FastAPI app that Reflex's api_transformer wraps around its own backend.
import reflex as rx
from fastapi import FastAPI
from fastapi.responses import PlainTextResponse

api = FastAPI()


@api.get("/", response_class=PlainTextResponse)
def index():
    return "Hello, World!"


app = rx.App(api_transformer=api)
