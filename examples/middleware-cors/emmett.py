# Middleware and CORS: Emmett has no CORS support, so app-wide pipes time every request and answer CORS by hand.
import time

from emmett import App, Pipe, request, response

app = App(__name__)
ALLOWED_ORIGINS = {"https://example.org"}


class TimingPipe(Pipe):
    async def pipe(self, next_pipe, **kwargs):
        start = time.perf_counter()
        try:
            return await next_pipe(**kwargs)
        finally:
            response.headers["x-process-time"] = f"{time.perf_counter() - start:.6f}"


class CORSPipe(Pipe):
    async def pipe(self, next_pipe, **kwargs):
        origin = request.headers.get("origin")
        if origin in ALLOWED_ORIGINS:
            response.headers["access-control-allow-origin"] = origin
            response.headers["vary"] = "Origin"
        if request.method == "OPTIONS":  # the preflight: the headers are the whole answer
            response.status = 204
            response.headers["access-control-allow-methods"] = "GET"
            return ""
        return await next_pipe(**kwargs)


app.pipeline = [TimingPipe(), CORSPipe()]


@app.route("/", methods=["get", "options"])
async def hello():
    return "Hello, World!"
