# JSON errors: app.on_error handlers answer 404 and 500 with JSON bodies instead of Emmett's HTML pages.
import json

from emmett import App, response

app = App(__name__)


@app.on_error(404)
async def not_found():
    response.content_type = "application/json"
    return json.dumps({"error": "not found"})


@app.on_error(500)
async def internal_error():
    response.content_type = "application/json"
    return json.dumps({"error": "internal error"})


@app.route("/boom", methods="get")
async def boom():
    raise RuntimeError("something broke")
