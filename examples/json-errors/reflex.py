# JSON error responses: unknown paths fall through to Reflex's backend, mounted inside the FastAPI app, whose
# plain 404 a middleware on the outer app rewrites; an exception handler answers unhandled errors.
import reflex as rx
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

api = FastAPI()


@api.middleware("http")
async def json_not_found(request: Request, call_next):
    response = await call_next(request)
    if response.status_code == 404 and not response.headers.get("content-type", "").startswith("application/json"):
        return JSONResponse({"error": "not found"}, status_code=404)
    return response


@api.exception_handler(Exception)
async def internal_error(request: Request, exc: Exception):
    return JSONResponse({"error": "internal error"}, status_code=500)


@api.get("/boom")
def boom():
    raise RuntimeError("something broke")


app = rx.App(api_transformer=api)
