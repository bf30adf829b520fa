# Error handlers for 404 and 500 answer with JSON; Bottle turns an uncaught exception into a 500.
import json

from bottle import Bottle, response

app = Bottle()


def json_error(message):
    response.content_type = "application/json"
    return json.dumps({"error": message})


@app.error(404)
def not_found(error):
    return json_error("not found")


@app.error(500)
def internal_error(error):
    return json_error("internal error")


@app.get("/boom")
def boom():
    raise RuntimeError("something broke")
