# Hello world: one route whose handler returns a plain-text string.
from robyn import Robyn

app = Robyn(__file__)


@app.get("/")
def hello():
    return "Hello, World!"


if __name__ == "__main__":
    app.start()
