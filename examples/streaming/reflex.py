# Streaming response: a StreamingResponse on the FastAPI app mounted through api_transformer.
import reflex as rx
from fastapi import FastAPI
from fastapi.responses import StreamingResponse

api = FastAPI()


@api.get("/stream")
def stream():
    def lines():
        for i in range(5):
            yield f"{i}\n"

    return StreamingResponse(lines(), media_type="text/plain")


app = rx.App(api_transformer=api)
