# JSON error responses: errorhandler() takes a status code or an exception class.
from microdot.asgi import Microdot

app = Microdot()


@app.errorhandler(404)
async def not_found(request):
    return {"error": "not found"}, 404


@app.errorhandler(Exception)
async def internal_error(request, exception):
    return {"error": "internal error"}, 500


@app.get("/boom")
async def boom(request):
    raise RuntimeError("something broke")
