# A File() marker on a parameter typed UploadFile receives the multipart file from the field of that name.
import responder
from responder import File, UploadFile

api = responder.API()


@api.post("/upload")
async def upload(req, resp, *, file: UploadFile = File(...)):
    content = await file.read()
    resp.media = {"filename": file.filename, "size": len(content)}


app = api
