# Exception handlers turn the 404 and any unhandled exception into JSON bodies.
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

app = FastAPI()


@app.exception_handler(StarletteHTTPException)
async def http_error(request: Request, exc: StarletteHTTPException):
    if exc.status_code == 404:
        return JSONResponse({"error": "not found"}, status_code=404)
    return JSONResponse({"error": exc.detail}, status_code=exc.status_code)


@app.exception_handler(Exception)
async def internal_error(request: Request, exc: Exception):
    return JSONResponse({"error": "internal error"}, status_code=500)


@app.get("/boom")
def boom():
    raise RuntimeError("something broke")
