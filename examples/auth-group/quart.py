# A blueprint under /admin whose before_request hook rejects requests without the bearer token.
from quart import Blueprint, Quart, abort, request

app = Quart(__name__)
admin = Blueprint("admin", __name__, url_prefix="/admin")


@admin.before_request
async def require_token():
    if request.headers.get("Authorization") != "Bearer secret-token":
        abort(401)


@admin.get("/stats")
async def admin_stats():
    return {"admin": True}


@app.get("/public")
async def public():
    return {"public": True}


app.register_blueprint(admin)
