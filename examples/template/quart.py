# An HTML page rendered from templates/hello.html with Jinja (autoescaped) by awaiting render_template.
from quart import Quart, render_template

app = Quart(__name__)


@app.get("/hello/<name>")
async def hello(name: str):
    return await render_template("hello.html", name=name)
