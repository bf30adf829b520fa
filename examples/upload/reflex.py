# File upload: a FastAPI route takes the multipart file; rx.upload is the UI widget, not an API endpoint.
import reflex as rx
from fastapi import FastAPI, UploadFile

api = FastAPI()


@api.post("/upload")
async def upload(file: UploadFile):
    return {"filename": file.filename, "size": len(await file.read())}


app = rx.App(api_transformer=api)
