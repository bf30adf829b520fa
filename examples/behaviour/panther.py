# Behaviour app: what Panther itself answers when a request goes wrong (contract in README.md beside it).
from panther import Panther
from panther.app import API, GenericAPI
from panther.request import Request
from pydantic import BaseModel, Field

NOTES = {
    "query-int-text": "Panther has no typed query parameters: the app calls int() on request.query_params['limit'], which raises ValueError.",
    "missing-query-param": "request.query_params is a plain dict: request.query_params['limit'] raises KeyError.",
    "response-model-mismatch": "The route's output_model is Item, which Panther passes the returned data through.",
    "missing-trailing-slash": "Panther's url_routing keys name paths without their slashes: 'slash/' and 'noslash' are both matched with or without one.",
}


class Item(BaseModel):
    name: str
    price: float = Field(gt=0)


@API(input_model=Item, methods=["POST"])
async def create_item(request: Request):
    return request.validated_data


class ItemAPI(GenericAPI):
    async def get(self, item_id: int):
        return {"item_id": item_id}

    async def delete(self, item_id: int):
        return None


@API(methods=["GET"])
async def slash():
    return {"route": "slash"}


@API(methods=["GET"])
async def noslash():
    return {"route": "noslash"}


@API(methods=["GET"])
async def get_only():
    return {"ok": True}


@API(methods=["GET"])
async def boom():
    raise RuntimeError("boom")


@API(methods=["GET"])
async def search(request: Request):
    return {"limit": int(request.query_params["limit"])}


@API(methods=["GET"], output_model=Item)
async def bad_model():
    return {"name": "pen"}


url_routing = {
    "items": create_item,
    "items/<item_id>": ItemAPI,
    "slash/": slash,
    "noslash": noslash,
    "get-only": get_only,
    "boom": boom,
    "search": search,
    "bad-model": bad_model,
}
app = Panther(__name__, configs=__name__, urls=url_routing)
