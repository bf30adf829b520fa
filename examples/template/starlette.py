# An HTML page from templates/hello.html with Jinja2Templates (autoescaping on for .html).
from pathlib import Path

from starlette.applications import Starlette
from starlette.routing import Route
from starlette.templating import Jinja2Templates

templates = Jinja2Templates(directory=Path(__file__).parent / "templates")


async def hello(request):
    return templates.TemplateResponse(request, "hello.html", {"name": request.path_params["name"]})


app = Starlette(routes=[Route("/hello/{name}", hello)])
