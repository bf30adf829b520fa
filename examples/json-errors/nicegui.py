# JSON error responses: handlers registered on NiceGUI's app replace its HTML error pages for 404 and errors.
from fastapi import Request
from fastapi.responses import JSONResponse
from nicegui import app, ui


@app.exception_handler(404)
async def not_found(request: Request, exc: Exception):
    return JSONResponse({"error": "not found"}, status_code=404)


@app.exception_handler(Exception)
async def internal_error(request: Request, exc: Exception):
    return JSONResponse({"error": "internal error"}, status_code=500)


@app.get("/boom")
def boom():
    raise RuntimeError("something broke")


if __name__ in {"__main__", "__mp_main__"}:
    ui.run()
