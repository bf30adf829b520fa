# Behaviour app: what Responder itself answers when a request goes wrong (contract in README.md beside it).
import responder
from pydantic import BaseModel, Field
from responder import Query

NOTES = {
    "unsupported-media-type": "The body parameter typed with a Pydantic model is parsed as JSON whatever the Content-Type says.",
    "path-int-negative": "The {item_id:int} convertor matches digits only, so -1 matches no route.",
    "options-on-get": "Responder answers OPTIONS itself, with 200 and an Allow header, though the route declares only GET.",
    "body-too-large": "max_request_size defaults to 100 MiB (413 above it), so 16 MiB is accepted.",
    "response-model-mismatch": "The return annotation -> Item validates the returned value; the 500 problem body lists the validation errors, the returned value included, with debug off.",
    "default-delete-status": "The handler sets nothing on resp: Responder sends 200 with the JSON null.",
}

api = responder.API()


class Item(BaseModel):
    name: str
    price: float = Field(gt=0)


@api.post("/items")
def create_item(req, resp, *, item: Item):
    resp.media = item.model_dump()


@api.get("/items/{item_id:int}")
def read_item(req, resp, *, item_id):
    resp.media = {"item_id": item_id}


@api.delete("/items/{item_id:int}")
def delete_item(req, resp, *, item_id):
    pass


@api.get("/slash/")
def slash(req, resp):
    resp.media = {"route": "slash"}


@api.get("/noslash")
def noslash(req, resp):
    resp.media = {"route": "noslash"}


@api.get("/get-only")
def get_only(req, resp):
    resp.media = {"ok": True}


@api.get("/boom")
def boom(req, resp):
    raise RuntimeError("boom")


@api.get("/search")
def search(req, resp, *, limit: int = Query(...)):
    resp.media = {"limit": limit}


@api.get("/bad-model")
def bad_model(req, resp) -> Item:
    return {"name": "pen"}


app = api
