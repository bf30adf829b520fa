# Falcon has no route groups: one middleware checks the token for every route under /admin.
import falcon

TOKEN = "secret-token"


class AdminAuthMiddleware:
    def process_request(self, req, resp):
        if req.path.startswith("/admin/") and req.get_header("Authorization") != f"Bearer {TOKEN}":
            raise falcon.HTTPUnauthorized(title="Unauthorized", challenges=["Bearer"])


class AdminStats:
    def on_get(self, req, resp):
        resp.media = {"admin": True}


class Public:
    def on_get(self, req, resp):
        resp.media = {"public": True}


app = falcon.App(middleware=[AdminAuthMiddleware()])
app.add_route("/admin/stats", AdminStats())
app.add_route("/public", Public())
