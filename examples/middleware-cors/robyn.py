# Global before/after request middlewares time each request and apply CORS for one origin.
import time

from robyn import Request, Response, Robyn

app = Robyn(__file__)
ALLOWED_ORIGINS = {"https://example.org"}


@app.before_request()
def start_timer(request: Request):
    request.headers.set("x-start", str(time.perf_counter()))
    if request.method == "OPTIONS":  # a preflight is answered here, before routing
        return Response(status_code=204, headers={"Access-Control-Allow-Methods": "GET, POST"}, description="")
    return request


@app.after_request()
def add_headers(request: Request, response: Response):
    start = float(request.headers.get("x-start") or time.perf_counter())
    response.headers.set("X-Process-Time", f"{time.perf_counter() - start:.6f}")
    origin = request.headers.get("Origin")
    if origin in ALLOWED_ORIGINS:
        response.headers.set("Access-Control-Allow-Origin", origin)
        response.headers.set("Vary", "Origin")
    return response


@app.get("/")
def index():
    return "Hello, World!"


if __name__ == "__main__":
    app.start()
