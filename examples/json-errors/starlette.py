# exception_handlers map the 404 and any unhandled exception to JSON bodies.
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route


async def not_found(request, exc):
    return JSONResponse({"error": "not found"}, status_code=404)


async def internal_error(request, exc):
    return JSONResponse({"error": "internal error"}, status_code=500)


async def boom(request):
    raise RuntimeError("something broke")


app = Starlette(routes=[Route("/boom", boom)], exception_handlers={404: not_found, 500: internal_error})
