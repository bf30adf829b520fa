# request.files holds the multipart uploads (bottle-style FileUpload objects from ombott).
__name__ = "apps.upload"

from py4web import HTTP, action, request
from py4web.core import bottle


@action("/upload", method="POST")
def upload():
    upload = request.files.get("file")
    if upload is None:
        raise HTTP(400, body={"error": "send the file in the field `file`"})
    return {"filename": upload.filename, "size": len(upload.file.read())}


app = bottle.default_app()
