# An HTML page rendered from templates/hello.html with Jinja (autoescaped) through Sanic Extensions.
from sanic import Sanic

app = Sanic("Template")


@app.get("/hello/<name>", unquote=True)  # %3Cb%3E arrives as <b>, then is escaped
@app.ext.template("hello.html")
async def hello(request, name: str):
    return {"name": name}
