# Exception handlers that turn 404 and unhandled exceptions into JSON responses.
from sanic import Sanic
from sanic.exceptions import NotFound
from sanic.response import json

app = Sanic("JsonErrors")


@app.exception(NotFound)
async def not_found(request, exception):
    return json({"error": "not found"}, status=404)


@app.exception(Exception)
async def internal_error(request, exception):
    return json({"error": "internal error"}, status=500)


@app.get("/boom")
async def boom(request):
    raise RuntimeError("something broke")
