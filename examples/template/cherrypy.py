# CherryPy bundles no template engine: a handler renders a Jinja2 template file with autoescaping on.
from pathlib import Path

import cherrypy
from jinja2 import Environment, FileSystemLoader, select_autoescape

templates = Environment(
    loader=FileSystemLoader(Path(__file__).parent / "templates" / "cherrypy"),
    autoescape=select_autoescape(),
)


class Root:
    @cherrypy.expose
    def hello(self, name):
        return templates.get_template("hello.html").render(name=name)


app = cherrypy.tree.mount(Root(), "/")
