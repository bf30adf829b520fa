# A group behind one check: the admin routes live in a sub-application mounted under /admin, and its
# before-request handler (local=True keeps it to that sub-application) checks the bearer token.
from microdot.asgi import Microdot

TOKEN = "secret-token"

admin = Microdot()


@admin.before_request
async def require_token(request):
    if request.headers.get("Authorization") != f"Bearer {TOKEN}":
        return {"error": "unauthorized"}, 401, {"WWW-Authenticate": "Bearer"}


@admin.get("/stats")
async def admin_stats(request):
    return {"admin": True}


app = Microdot()
app.mount(admin, url_prefix="/admin", local=True)


@app.get("/public")
async def public(request):
    return {"public": True}
