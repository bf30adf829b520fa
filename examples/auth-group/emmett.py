# A group of routes: an application module under /admin whose pipeline checks the bearer token for every route in it.
from emmett import App, Pipe, abort, request
from emmett.tools import ServicePipe

app = App(__name__)
app.pipeline = [ServicePipe("json")]


class BearerAuthPipe(Pipe):
    async def pipe(self, next_pipe, **kwargs):
        if request.headers.get("authorization") != "Bearer secret-token":
            abort(401)
        return await next_pipe(**kwargs)


admin = app.module(__name__, "admin", url_prefix="admin")
admin.pipeline = [BearerAuthPipe()]


@admin.route("/stats", methods="get")
async def stats():
    return {"admin": True}


@app.route("/public", methods="get")
async def public():
    return {"public": True}
