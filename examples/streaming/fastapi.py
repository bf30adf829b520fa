# StreamingResponse sends what a generator yields, chunk by chunk.
from fastapi import FastAPI
from fastapi.responses import StreamingResponse

app = FastAPI()


def lines():
    for i in range(5):
        yield f"{i}\n"


@app.get("/stream")
def stream():
    return StreamingResponse(lines(), media_type="text/plain")
