# JinjaTemplate renders a file from a templates folder; Robyn turns Jinja2's autoescaping on for .html files.
from pathlib import Path
from urllib.parse import unquote

from robyn import Robyn
from robyn.templating import JinjaTemplate

app = Robyn(__file__)
templates = JinjaTemplate(Path(__file__).parent / "templates" / "robyn")


@app.get("/hello/:name")
def hello(name: str):
    return templates.render_template("hello.html", name=unquote(name))  # path parameters arrive still percent-encoded


if __name__ == "__main__":
    app.start()
