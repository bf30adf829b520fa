# Hello world: a Ravyn app with one handler that answers plain text.
from ravyn import Ravyn, get
from ravyn.utils.enums import MediaType


@get("/", media_type=MediaType.TEXT)
def hello() -> str:
    return "Hello, World!"


app = Ravyn(routes=[hello])
