# Error handlers that turn 404 and unhandled exceptions into JSON responses.
from quart import Quart

app = Quart(__name__)


@app.errorhandler(404)
async def not_found(error):
    return {"error": "not found"}, 404


@app.errorhandler(500)
async def internal_error(error):
    return {"error": "internal error"}, 500


@app.get("/boom")
async def boom():
    raise RuntimeError("something broke")
