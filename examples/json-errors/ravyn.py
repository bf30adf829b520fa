# Exception handlers answer in JSON: the app's handler for status 404 covers unknown URLs, and a
# handler for Exception on the Include covers its routes (0.4.3 skips an app-level one for
# Exception outside debug mode).
from ravyn import Gateway, Include, Ravyn, get
from ravyn.responses import JSONResponse


def not_found(request, exc):
    return JSONResponse({"error": "not found"}, status_code=404)


def internal_error(request, exc):
    return JSONResponse({"error": "internal error"}, status_code=500)


@get("/boom")
def boom() -> dict:
    raise RuntimeError("something broke")


app = Ravyn(
    routes=[Include("/", routes=[Gateway(handler=boom)], exception_handlers={Exception: internal_error})],
    exception_handlers={404: not_found},
)
