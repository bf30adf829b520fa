# A multipart upload read from request.files (a list of File tuples per field).
from sanic import Sanic
from sanic.response import json

app = Sanic("Upload")


@app.post("/upload")
async def upload(request):
    file = request.files.get("file")
    return json({"filename": file.name, "size": len(file.body)})
