# A multipart upload read from request.files.
from flask import Flask, request

app = Flask(__name__)


@app.post("/upload")
def upload():
    file = request.files["file"]
    return {"filename": file.filename, "size": len(file.read())}
