# Hello world: one route; Emmett answers a returned string as text/plain.
from emmett import App

app = App(__name__)


@app.route("/", methods="get")
async def hello():
    return "Hello, World!"
