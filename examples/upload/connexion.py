# File upload: the multipart body is described in the document, and Connexion passes the file to the view as a Starlette UploadFile.
from connexion import AsyncApp
from connexion.resolver import RelativeResolver

SPEC = {
    "openapi": "3.0.3",
    "info": {"title": "Upload", "version": "1.0"},
    "paths": {
        "/upload": {
            "post": {
                "operationId": "upload",
                "requestBody": {
                    "content": {
                        "multipart/form-data": {
                            "schema": {
                                "type": "object",
                                "required": ["file"],
                                "properties": {"file": {"type": "string", "format": "binary"}},
                            }
                        }
                    }
                },
                "responses": {"200": {"description": "File name and size"}},
            }
        }
    },
}


async def upload(file):
    data = await file.read()
    return {"filename": file.filename, "size": len(data)}


app = AsyncApp(__name__)
app.add_api(SPEC, resolver=RelativeResolver(__name__))
