# An HTML page rendered from templates/hello.html with aiohttp-jinja2 (autoescaping on by default).
from pathlib import Path

import aiohttp_jinja2
import jinja2
from aiohttp import web


@aiohttp_jinja2.template("hello.html")
async def hello(request):
    return {"name": request.match_info["name"]}


app = web.Application()
aiohttp_jinja2.setup(app, loader=jinja2.FileSystemLoader(Path(__file__).parent / "templates"))
app.router.add_get("/hello/{name}", hello)

if __name__ == "__main__":
    web.run_app(app)
