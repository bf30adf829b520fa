# Path and query parameters: the FastAPI app given to api_transformer parses and checks them from type hints.
import reflex as rx
from fastapi import FastAPI

api = FastAPI()


@api.get("/items/{item_id}")
def read_item(item_id: int, q: str | None = None, limit: int = 10):
    return {"item_id": item_id, "q": q, "limit": limit}


app = rx.App(api_transformer=api)
