# A Stream response sends what a generator yields, chunk by chunk.
from litestar import Litestar, get
from litestar.response import Stream


async def lines():
    for i in range(5):
        yield f"{i}\n"


@get("/stream")
async def stream() -> Stream:
    return Stream(lines(), media_type="text/plain")


app = Litestar(route_handlers=[stream])
