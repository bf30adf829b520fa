# Hello world: one route returning plain text.
from flask import Flask

app = Flask(__name__)


@app.get("/")
def hello():
    return "Hello, World!", {"Content-Type": "text/plain"}
