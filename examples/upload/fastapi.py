# A multipart upload as UploadFile (needs python-multipart).
from fastapi import FastAPI, UploadFile

app = FastAPI()


@app.post("/upload")
async def upload(file: UploadFile):
    return {"filename": file.filename, "size": len(await file.read())}
