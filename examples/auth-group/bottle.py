# The admin routes live in a sub-application mounted at /admin, whose before_request hook checks the token.
from bottle import Bottle, HTTPError, request

TOKEN = "secret-token"

admin = Bottle()


@admin.hook("before_request")
def require_token():
    if request.get_header("Authorization") != f"Bearer {TOKEN}":
        raise HTTPError(401, "Unauthorized", **{"WWW-Authenticate": "Bearer"})


@admin.get("/stats")
def admin_stats():
    return {"admin": True}


app = Bottle()
app.mount("/admin", admin)


@app.get("/public")
def public():
    return {"public": True}
