# App-level exception handlers turn the 404 and any unhandled exception into JSON bodies.
from litestar import Litestar, Request, Response, get
from litestar.exceptions import NotFoundException


def not_found(request: Request, exc: NotFoundException) -> Response:
    return Response({"error": "not found"}, status_code=404)


def internal_error(request: Request, exc: Exception) -> Response:
    return Response({"error": "internal error"}, status_code=500)


@get("/boom")
async def boom() -> None:
    raise RuntimeError("something broke")


app = Litestar(route_handlers=[boom], exception_handlers={NotFoundException: not_found, 500: internal_error})
