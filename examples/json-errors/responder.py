# Exception handlers registered for the 404 status and for Exception replace the default problem-details bodies.
import json

import responder

api = responder.API()


def send_json(resp, status, body):
    # In Responder 9.2 a handler's resp.media loses its Content-Type, so the JSON text and its type are set directly.
    resp.status_code = status
    resp.content = json.dumps(body)
    resp.mimetype = "application/json"


async def not_found(req, resp, exc):
    send_json(resp, 404, {"error": "not found"})


api.add_exception_handler(404, not_found)


@api.exception_handler(Exception)
async def internal_error(req, resp, exc):
    send_json(resp, 500, {"error": "internal error"})


@api.get("/boom")
def boom(req, resp):
    raise RuntimeError("something broke")


app = api
