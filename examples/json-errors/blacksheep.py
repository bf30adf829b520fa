# Exception handlers registered by status code turn 404 and unhandled errors into JSON responses.
from blacksheep import Application, get, json

app = Application()


@app.exception_handler(404)
async def not_found(app, request, exc):
    return json({"error": "not found"}, status=404)


@app.exception_handler(500)
async def internal_error(app, request, exc):
    return json({"error": "internal error"}, status=500)


@get("/boom")
async def boom():
    raise RuntimeError("something broke")
