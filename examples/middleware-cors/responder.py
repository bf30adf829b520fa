# CORS is an API() option; the timing header comes from a Starlette middleware added with api.add_middleware.
import time

import responder
from starlette.middleware.base import BaseHTTPMiddleware


class TimingMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request, call_next):
        start = time.perf_counter()
        response = await call_next(request)
        response.headers["X-Process-Time"] = f"{time.perf_counter() - start:.6f}"
        return response


api = responder.API(cors=True, cors_params={"allow_origins": ["https://example.org"], "allow_methods": ["GET"]})
api.add_middleware(TimingMiddleware)


@api.route("/")
def hello(req, resp):
    resp.text = "Hello, World!"


app = api
