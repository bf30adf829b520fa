# Hello world: a string would be sent as HTML, so the route returns a plain-text Response.
from fasthtml.common import *

app, rt = fast_app()


@rt("/")
def get():
    return Response("Hello, World!", media_type="text/plain")


serve()
