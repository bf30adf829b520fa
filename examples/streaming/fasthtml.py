# Starlette's StreamingResponse, re-exported by fasthtml.common, sends a generator's output chunked.
from fasthtml.common import *

app, rt = fast_app()


def lines():
    for i in range(5):
        yield f"{i}\n"


@rt("/stream")
def get():
    return StreamingResponse(lines(), media_type="text/plain")


serve()
