# An on_start callback registers app state as a service, injected into the handler by type.
from dataclasses import dataclass

from blacksheep import Application, get, json

app = Application()


@dataclass
class State:
    greeting: str


async def startup(app: Application):
    app.services.add_instance(State(greeting="hi"))


app.on_start += startup


@get("/state")
async def state(state: State):
    return json({"started": state is not None, "greeting": state.greeting if state else None})
