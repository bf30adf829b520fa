# A timing middleware adds X-Process-Time; Falcon's CORSMiddleware allows one origin.
import time

import falcon


class ProcessTimeMiddleware:
    def process_request(self, req, resp):
        req.context.started = time.perf_counter()

    def process_response(self, req, resp, resource, req_succeeded):
        resp.set_header("X-Process-Time", f"{time.perf_counter() - req.context.started:.6f}")


class HelloResource:
    def on_get(self, req, resp):
        resp.content_type = falcon.MEDIA_TEXT
        resp.text = "Hello, World!"


app = falcon.App(middleware=[
    ProcessTimeMiddleware(),
    falcon.CORSMiddleware(allow_origins="https://example.org"),
])
app.add_route("/", HelloResource())
