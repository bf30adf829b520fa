# A multipart upload: the form is read into a dataclass whose `file` field is an UploadFile.
from dataclasses import dataclass
from typing import Annotated

from litestar import Litestar, post
from litestar.datastructures import UploadFile
from litestar.enums import RequestEncodingType
from litestar.params import Body


@dataclass
class Form:
    file: UploadFile


@post("/upload", status_code=200)
async def upload(data: Annotated[Form, Body(media_type=RequestEncodingType.MULTI_PART)]) -> dict:
    return {"filename": data.file.filename, "size": len(await data.file.read())}


app = Litestar(route_handlers=[upload])
