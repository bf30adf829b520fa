# File upload: await request.files gives the multipart files, each with its name and size.
from emmett import App, request
from emmett.tools import service

app = App(__name__)


@app.route("/upload", methods="post")
@service.json
async def upload():
    files = await request.files
    return {"filename": files.file.filename, "size": len(files.file.read())}
