# Hello world: a function API mapped in the URL dictionary, answering plain text.
from panther import Panther
from panther.app import API
from panther.response import PlainTextResponse


@API()
async def hello():
    return PlainTextResponse(data="Hello, World!")


url_routing = {"/": hello}
app = Panther(__name__, configs=__name__, urls=url_routing)
