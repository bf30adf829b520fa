# An int path convertor and Query markers: annotations coerce the values and a bad one answers 422.
import responder
from responder import Query

api = responder.API()


@api.get("/items/{item_id:int}")
def read_item(req, resp, *, item_id, q: str | None = Query(None), limit: int = Query(10)):
    resp.media = {"item_id": item_id, "q": q, "limit": limit}


app = api
