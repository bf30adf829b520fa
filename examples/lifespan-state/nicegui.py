# Startup code and app state: app.on_startup registers a function NiceGUI calls once the server starts.
from nicegui import app, ui


def startup():
    app.state.greeting = "hi"


app.on_startup(startup)


@app.get("/state")
def get_state():
    greeting = getattr(app.state, "greeting", None)
    return {"started": greeting is not None, "greeting": greeting}


if __name__ in {"__main__", "__mp_main__"}:
    ui.run()
