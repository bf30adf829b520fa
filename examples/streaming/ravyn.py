# A Stream response sends what a generator yields, chunk by chunk.
from ravyn import Ravyn, Stream, get


def lines():
    for i in range(5):
        yield f"{i}\n"


@get("/stream")
def stream() -> Stream:
    return Stream(iterator=lines())


app = Ravyn(routes=[stream])
