# StreamingResponse sends each item a generator yields as one chunk.
from panther import Panther
from panther.app import API
from panther.response import StreamingResponse


def lines():
    for i in range(5):
        yield f"{i}\n".encode()


@API()
async def stream():
    return StreamingResponse(data=lines())


url_routing = {"stream": stream}
app = Panther(__name__, configs=__name__, urls=url_routing)
