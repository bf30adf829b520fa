# A multipart upload bound with FromFiles; each part carries its file name and data.
from blacksheep import Application, FromFiles, json, post

app = Application()


@post("/upload")
async def upload(files: FromFiles):
    file = files.value[0]
    return json({"filename": file.file_name.decode(), "size": len(file.data)})
