# File() reads the multipart field `file` as an UploadFile.
from ravyn import File, Ravyn, UploadFile, post


@post("/upload", status_code=200)
async def upload(file: UploadFile = File()) -> dict:  # noqa: B008 (the documented style)
    content = await file.read()
    return {"filename": file.filename, "size": len(content)}


app = Ravyn(routes=[upload])
