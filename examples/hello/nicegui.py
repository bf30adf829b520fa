# Hello world: NiceGUI's app is a FastAPI app, so a plain-text route sits beside the UI pages.
from fastapi.responses import PlainTextResponse
from nicegui import app, ui


@app.get("/", response_class=PlainTextResponse)
def index():
    return "Hello, World!"


if __name__ in {"__main__", "__mp_main__"}:
    ui.run()
