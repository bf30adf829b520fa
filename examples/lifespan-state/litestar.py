# An on_startup hook puts a value in app.state; handlers receive it as the `state` argument.
from litestar import Litestar, get
from litestar.datastructures import State


def set_greeting(app: Litestar) -> None:
    app.state.greeting = "hi"


@get("/state")
async def read_state(state: State) -> dict:
    return {"started": True, "greeting": state.greeting}


app = Litestar(route_handlers=[read_state], on_startup=[set_greeting])
