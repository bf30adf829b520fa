# Multipart files arrive in request.files, a mapping of file name to bytes.
from robyn import Request, Robyn

app = Robyn(__file__)


@app.post("/upload")
def upload(request: Request):
    filename, content = next(iter(request.files.items()))
    return {"filename": filename, "size": len(content)}


if __name__ == "__main__":
    app.start()
