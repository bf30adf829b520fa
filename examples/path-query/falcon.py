# Typed path parameter through the int converter; query parameters read with typed getters.
import falcon


class ItemResource:
    def on_get(self, req, resp, item_id):
        resp.media = {
            "item_id": item_id,
            "q": req.get_param("q"),
            "limit": req.get_param_as_int("limit", default=10),  # 400 if not an integer
        }


app = falcon.App()
app.add_route("/items/{item_id:int}", ItemResource())  # /items/abc matches no route: 404
