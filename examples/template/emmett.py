# HTML from a template: a route returning a dict renders templates/emmett/hello.html (named after the function) with Renoir, which escapes {{=name}}.
from emmett import App

app = App(__name__, template_folder="templates/emmett")


@app.route("/hello/<str:name>", methods="get")
async def hello(name):
    return {"name": name}
