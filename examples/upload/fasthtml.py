# A parameter annotated UploadFile receives the multipart file of the same name.
from fasthtml.common import *

app, rt = fast_app()


@rt("/upload")
async def post(file: UploadFile):
    content = await file.read()
    return {"filename": file.filename, "size": len(content)}


serve()
