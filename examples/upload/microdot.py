# File upload: the multipart extension's with_form_data parses the form into request.files.
from microdot.asgi import Microdot
from microdot.multipart import with_form_data

app = Microdot()


@app.post("/upload")
@with_form_data
async def upload(request):
    file = request.files["file"]
    return {"filename": file.filename, "size": len(await file.read())}
