# TemplateResponse renders a Jinja2 file from TEMPLATES_DIR; Panther's environment does not autoescape, so the template escapes.
from pathlib import Path

from panther import Panther
from panther.app import API
from panther.response import TemplateResponse

TEMPLATES_DIR = str(Path(__file__).parent / "templates" / "panther")


@API()
async def hello(name: str):
    return TemplateResponse(name="hello.html", context={"name": name})


url_routing = {"hello/<name>/": hello}
app = Panther(__name__, configs=__name__, urls=url_routing)
