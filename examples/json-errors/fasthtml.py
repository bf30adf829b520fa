# exception_handlers (passed on to Starlette) map the 404 and 500 statuses to JSON bodies.
from fasthtml.common import *


def not_found(req, exc):
    return JSONResponse({"error": "not found"}, status_code=404)


def server_error(req, exc):
    return JSONResponse({"error": "internal error"}, status_code=500)


app, rt = fast_app(exception_handlers={404: not_found, 500: server_error})


@rt("/boom")
def get():
    raise RuntimeError("something broke")


serve()
