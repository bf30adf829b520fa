# A sub-application mounted at /admin with its own middleware that checks the bearer token.
from aiohttp import web


@web.middleware
async def require_token(request, handler):
    if request.headers.get("Authorization") != "Bearer secret-token":
        raise web.HTTPUnauthorized()
    return await handler(request)


async def admin_stats(request):
    return web.json_response({"admin": True})


async def public(request):
    return web.json_response({"public": True})


admin = web.Application(middlewares=[require_token])
admin.router.add_get("/stats", admin_stats)

app = web.Application()
app.router.add_get("/public", public)
app.add_subapp("/admin/", admin)

if __name__ == "__main__":
    web.run_app(app)
