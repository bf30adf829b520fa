# Streaming: a view of Connexion's AsyncApp may return a Starlette response as is, here a StreamingResponse fed by a generator.
from connexion import AsyncApp
from connexion.resolver import RelativeResolver
from starlette.responses import StreamingResponse

SPEC = {
    "openapi": "3.0.3",
    "info": {"title": "Stream", "version": "1.0"},
    "paths": {
        "/stream": {
            "get": {
                "operationId": "stream",
                "responses": {
                    "200": {"description": "Lines", "content": {"text/plain": {"schema": {"type": "string"}}}}
                },
            }
        }
    },
}


def lines():
    for i in range(5):
        yield f"{i}\n"


def stream():
    return StreamingResponse(lines(), media_type="text/plain")


app = AsyncApp(__name__)
app.add_api(SPEC, resolver=RelativeResolver(__name__))
