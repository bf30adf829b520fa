# HTML from a template: the Jinja extension renders templates/microdot/hello.html with autoescaping on.
from pathlib import Path

from microdot.asgi import Microdot
from microdot.jinja import Template

Template.initialize(str(Path(__file__).parent / "templates" / "microdot"))
app = Microdot()


@app.get("/hello/<name>")
async def hello(request, name):
    return Template("hello.html").render(name=name), {"Content-Type": "text/html; charset=UTF-8"}
