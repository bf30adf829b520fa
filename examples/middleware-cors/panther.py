# A timing middleware and Panther's CORSMiddleware, set in the global MIDDLEWARES config.
import time

from panther import Panther
from panther.app import API
from panther.middlewares import CORSMiddleware, HTTPMiddleware
from panther.request import Request
from panther.response import PlainTextResponse


class TimingMiddleware(HTTPMiddleware):
    async def __call__(self, request: Request):
        start = time.perf_counter()
        response = await self.dispatch(request=request)
        response.headers["X-Process-Time"] = f"{time.perf_counter() - start:.6f}"
        return response


class StrictCORSMiddleware(CORSMiddleware):
    # Panther's middleware answers a foreign origin with the first allowed one; drop the header instead.
    async def __call__(self, request: Request):
        response = await super().__call__(request)
        if request.headers["origin"] not in ALLOW_ORIGINS:
            del response.headers["Access-Control-Allow-Origin"]
        return response


ALLOW_ORIGINS = ["https://example.org"]
MIDDLEWARES = [TimingMiddleware, StrictCORSMiddleware]


@API()
async def index():
    return PlainTextResponse(data="Hello, World!")


url_routing = {"/": index}
app = Panther(__name__, configs=__name__, urls=url_routing)
