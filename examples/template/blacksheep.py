# An HTML page rendered from templates/blacksheep/hello.jinja by the Jinja renderer (autoescaping) via view().
from pathlib import Path

from blacksheep import Application, get
from blacksheep.server.rendering.jinja2 import JinjaRenderer
from blacksheep.server.responses import view
from blacksheep.settings.html import html_settings
from jinja2 import FileSystemLoader

app = Application()
html_settings.use(JinjaRenderer(loader=FileSystemLoader(Path(__file__).parent / "templates" / "blacksheep")))


@get("/hello/{name}")
async def hello(name: str):
    return view("hello", {"name": name})
