# StreamingResponse sends what a generator yields, chunk by chunk.
from starlette.applications import Starlette
from starlette.responses import StreamingResponse
from starlette.routing import Route


async def lines():
    for i in range(5):
        yield f"{i}\n"


async def stream(request):
    return StreamingResponse(lines(), media_type="text/plain")


app = Starlette(routes=[Route("/stream", stream)])
