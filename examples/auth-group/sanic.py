# A blueprint under /admin whose request middleware rejects requests without the bearer token.
from sanic import Blueprint, Sanic
from sanic.response import json

app = Sanic("AuthGroup")
admin = Blueprint("admin", url_prefix="/admin")


@admin.on_request
async def require_token(request):
    if request.token != "secret-token":
        return json({"error": "unauthorized"}, status=401)


@admin.get("/stats")
async def admin_stats(request):
    return json({"admin": True})


@app.get("/public")
async def public(request):
    return json({"public": True})


app.blueprint(admin)
