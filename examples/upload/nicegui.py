# File upload: a route on NiceGUI's FastAPI app takes the multipart file as an UploadFile.
from fastapi import UploadFile
from nicegui import app, ui


@app.post("/upload")
async def upload(file: UploadFile):
    return {"filename": file.filename, "size": len(await file.read())}


if __name__ in {"__main__", "__mp_main__"}:
    ui.run()
