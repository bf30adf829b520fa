# A route group shares the /admin prefix, and a before-request hook on the group checks the bearer token.
import responder

api = responder.API()
admin = api.group("/admin")


@admin.before_request()
def require_token(req, resp):
    if req.headers.get("Authorization") != "Bearer secret-token":
        resp.status_code = 401
        resp.media = {"error": "unauthorized"}


@admin.get("/stats")
def admin_stats(req, resp):
    resp.media = {"admin": True}


@api.get("/public")
def public(req, resp):
    resp.media = {"public": True}


app = api
