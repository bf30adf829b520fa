# An HTML page from templates/hello.html; Jinja autoescapes .html templates.
from flask import Flask, render_template

app = Flask(__name__)


@app.get("/hello/<name>")
def hello(name):
    return render_template("hello.html", name=name)
