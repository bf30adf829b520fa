# Startup code: an extension listens to the after_loop signal, sent once the server's event loop is up, and fills its config.
from emmett import App
from emmett.extensions import Extension, Signals, listen_signal
from emmett.tools import service


class Greeter(Extension):
    default_config = {"started": False, "greeting": None}

    @listen_signal(Signals.after_loop)
    def startup(self, loop):
        self.config.started = True
        self.config.greeting = "hi"


app = App(__name__)
greeter = app.use_extension(Greeter)


@app.route("/state", methods="get")
@service.json
async def state():
    return {"started": greeter.config.started, "greeting": greeter.config.greeting}
