# An HTML page from templates/hello.html through the Jinja engine (autoescaping on).
from pathlib import Path

from litestar import Litestar, get
from litestar.contrib.jinja import JinjaTemplateEngine
from litestar.response import Template
from litestar.template.config import TemplateConfig


@get("/hello/{name:str}")
async def hello(name: str) -> Template:
    return Template(template_name="hello.html", context={"name": name})


app = Litestar(
    route_handlers=[hello],
    template_config=TemplateConfig(directory=Path(__file__).parent / "templates", engine=JinjaTemplateEngine),
)
