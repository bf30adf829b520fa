# An error middleware that turns 404 and unhandled exceptions into JSON responses.
from aiohttp import web


@web.middleware
async def json_errors(request, handler):
    try:
        return await handler(request)
    except web.HTTPNotFound:
        return web.json_response({"error": "not found"}, status=404)
    except web.HTTPException:
        raise
    except Exception:
        request.app.logger.exception("unhandled error")
        return web.json_response({"error": "internal error"}, status=500)


async def boom(request):
    raise RuntimeError("something broke")


app = web.Application(middlewares=[json_errors])
app.router.add_get("/boom", boom)

if __name__ == "__main__":
    web.run_app(app)
