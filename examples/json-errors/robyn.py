# @app.exception turns any unhandled exception into a JSON 500; a catch-all route answers unknown URLs with JSON.
import json

from robyn import Response, Robyn

app = Robyn(__file__)
JSON = {"Content-Type": "application/json"}


@app.exception
def handle_exception(error: Exception):
    return Response(status_code=500, headers=JSON, description=json.dumps({"error": "internal error"}))


@app.get("/boom")
def boom():
    raise RuntimeError("boom")


@app.get("/*path")
def not_found():
    return Response(status_code=404, headers=JSON, description=json.dumps({"error": "not found"}))


if __name__ == "__main__":
    app.start()
