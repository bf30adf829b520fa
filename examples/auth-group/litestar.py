# A Router groups the /admin routes; a guard on the Router checks the bearer token for all of them.
from litestar import Litestar, Router, get
from litestar.connection import ASGIConnection
from litestar.exceptions import NotAuthorizedException
from litestar.handlers import BaseRouteHandler


def require_token(connection: ASGIConnection, _: BaseRouteHandler) -> None:
    if connection.headers.get("Authorization") != "Bearer secret-token":
        raise NotAuthorizedException()


@get("/stats")
async def stats() -> dict:
    return {"admin": True}


@get("/public")
async def public() -> dict:
    return {"public": True}


admin = Router(path="/admin", route_handlers=[stats], guards=[require_token])
app = Litestar(route_handlers=[admin, public])
