# A cleanup context runs its startup half before the first request and stores state under an AppKey.
from aiohttp import web

greeting_key = web.AppKey("greeting", str)


async def lifespan(app):
    app[greeting_key] = "hi"  # startup
    yield
    # shutdown code would go here


async def state(request):
    greeting = request.app.get(greeting_key)
    return web.json_response({"started": greeting is not None, "greeting": greeting})


app = web.Application()
app.cleanup_ctx.append(lifespan)
app.router.add_get("/state", state)

if __name__ == "__main__":
    web.run_app(app)
