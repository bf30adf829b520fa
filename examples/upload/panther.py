# A multipart body is parsed into request.data, where each uploaded file is a panther File object.
from panther import Panther
from panther.app import API
from panther.request import Request


@API(methods=["POST"])
async def upload(request: Request):
    file = request.data["file"]
    return {"filename": file.file_name, "size": file.size}


url_routing = {"upload": upload}
app = Panther(__name__, configs=__name__, urls=url_routing)
