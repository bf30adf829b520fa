# Bottle's own SimpleTemplate engine renders a template file; {{name}} is HTML-escaped.
from pathlib import Path

from bottle import Bottle, template

app = Bottle()
VIEWS = str(Path(__file__).parent / "templates" / "bottle")


@app.get("/hello/<name>")
def hello(name):
    return template("hello", name=name, template_lookup=[VIEWS])
