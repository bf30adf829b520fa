# A multipart upload from request.form() (needs python-multipart).
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route


async def upload(request):
    async with request.form() as form:
        file = form["file"]
        return JSONResponse({"filename": file.filename, "size": len(await file.read())})


app = Starlette(routes=[Route("/upload", upload, methods=["POST"])])
