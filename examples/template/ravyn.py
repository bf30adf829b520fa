# An HTML page from templates/hello.html through the app's TemplateConfig (Jinja, autoescaping on).
from pathlib import Path

from ravyn import Ravyn, Template, get
from ravyn.core.config.template import TemplateConfig


@get("/hello/{name}")
def hello(name: str) -> Template:
    return Template(name="hello.html", context={"name": name})


app = Ravyn(routes=[hello], template_config=TemplateConfig(directory=Path(__file__).parent / "templates"))
