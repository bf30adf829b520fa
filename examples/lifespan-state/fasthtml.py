# An on_startup function (run through Starlette's lifespan) stores the greeting in app.state; a handler asks for `state`.
from fasthtml.common import *


async def startup():
    app.state.greeting = "hi"


app, rt = fast_app(on_startup=startup)


@rt("/state")
def get(state):
    return {"started": True, "greeting": state.greeting}


serve()
