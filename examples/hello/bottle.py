# Hello world: one decorated route returning plain text.
from bottle import Bottle, response

app = Bottle()


@app.get("/")
def hello():
    response.content_type = "text/plain"
    return "Hello, World!"
