# A multipart upload read from the awaited request.files.
from quart import Quart, request

app = Quart(__name__)


@app.post("/upload")
async def upload():
    file = (await request.files)["file"]
    return {"filename": file.filename, "size": len(file.read())}
