# request.files holds the uploaded parts as FileUpload objects.
from bottle import Bottle, HTTPError, request

app = Bottle()


@app.post("/upload")
def upload():
    file = request.files.get("file")
    if file is None:
        raise HTTPError(400, "Send the file in the field `file`.")
    return {"filename": file.filename, "size": len(file.file.read())}
