# A Mount groups the /admin routes; middleware on that Mount checks the bearer token for all of them.
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.responses import JSONResponse
from starlette.routing import Mount, Route


class RequireToken(BaseHTTPMiddleware):
    async def dispatch(self, request, call_next):
        if request.headers.get("Authorization") != "Bearer secret-token":
            return JSONResponse({"error": "not authenticated"}, status_code=401)
        return await call_next(request)


async def stats(request):
    return JSONResponse({"admin": True})


async def public(request):
    return JSONResponse({"public": True})


app = Starlette(
    routes=[
        Mount("/admin", routes=[Route("/stats", stats)], middleware=[Middleware(RequireToken)]),
        Route("/public", public),
    ]
)
