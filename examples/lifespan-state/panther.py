# An @Event.startup handler runs once when the server starts; Panther has no app state, so it fills a module dict.
from panther import Panther
from panther.app import API
from panther.events import Event

state = {"started": False}


@Event.startup
async def startup():
    state.update(started=True, greeting="hi")


@API()
async def read_state():
    return state


url_routing = {"state": read_state}
app = Panther(__name__, configs=__name__, urls=url_routing)
