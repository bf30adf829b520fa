# Streaming response: a StreamingResponse on NiceGUI's FastAPI app sends each yielded line as a chunk.
from fastapi.responses import StreamingResponse
from nicegui import app, ui


@app.get("/stream")
def stream():
    def lines():
        for i in range(5):
            yield f"{i}\n"

    return StreamingResponse(lines(), media_type="text/plain")


if __name__ in {"__main__", "__mp_main__"}:
    ui.run()
