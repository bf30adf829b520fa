# An APIRouter groups the /admin routes; a Beforeware that skips every other path checks the bearer token.
from fasthtml.common import *


def require_token(req):
    if req.headers.get("authorization") != "Bearer secret-token":
        return JSONResponse({"detail": "unauthorized"}, status_code=401)


admin = APIRouter(prefix="/admin")


@admin.get("/stats")
def stats():
    return {"admin": True}


app, rt = fast_app(before=Beforeware(require_token, skip=[r"(?!/admin/).*"]))
admin.to_app(app)


@rt("/public")
def get():
    return {"public": True}


serve()
