# request.POST holds the uploaded part as a field storage with its filename and file.
from pyramid.config import Configurator
from pyramid.httpexceptions import HTTPBadRequest


def upload(request):
    file = request.POST.get("file")
    if file is None or not hasattr(file, "file"):
        raise HTTPBadRequest("Send the file in the field `file`.")
    return {"filename": file.filename, "size": len(file.file.read())}


with Configurator() as config:
    config.add_route("upload", "/upload")
    config.add_view(upload, route_name="upload", request_method="POST", renderer="json")
    app = config.make_wsgi_app()
