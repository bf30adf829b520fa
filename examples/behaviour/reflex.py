# Behaviour app: what Reflex itself answers when a request goes wrong, on routes of the FastAPI app given to api_transformer (contract in README.md beside it).
import reflex as rx
from fastapi import FastAPI
from pydantic import BaseModel, Field

NOTES = {
    "unknown-route": "The routes sit on a FastAPI app that Reflex's api_transformer wraps around its own backend; paths it does not declare fall through to Reflex's backend.",
    "wrong-method": "api_transformer mounts Reflex's backend at the root of the FastAPI app, so a path with the wrong method reaches that mount instead of FastAPI's 405.",
    "missing-trailing-slash": "FastAPI redirects to the other spelling only when no route matches; the root mount of Reflex's backend matches every path first.",
    "cors-preflight-unconfigured": "api_transformer adds CORS middleware to the FastAPI app, with Reflex's config default cors_allowed_origins ('*').",
}

api = FastAPI()


class Item(BaseModel):
    name: str
    price: float = Field(gt=0)


@api.post("/items")
def create_item(item: Item) -> Item:
    return item


@api.get("/items/{item_id}")
def read_item(item_id: int):
    return {"item_id": item_id}


@api.delete("/items/{item_id}")
def delete_item(item_id: int) -> None:
    return None


@api.get("/slash/")
def slash():
    return {"route": "slash"}


@api.get("/noslash")
def noslash():
    return {"route": "noslash"}


@api.get("/get-only")
def get_only():
    return {"ok": True}


@api.get("/boom")
def boom():
    raise RuntimeError("boom")


@api.get("/search")
def search(limit: int):
    return {"limit": limit}


@api.get("/bad-model", response_model=Item)
def bad_model():
    return {"name": "pen"}


app = rx.App(api_transformer=api)
