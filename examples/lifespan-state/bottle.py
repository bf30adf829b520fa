# Bottle has no startup hook: start-up work runs at import, before the server takes requests.
from bottle import Bottle

app = Bottle()
app.config["state.greeting"] = "hi"  # start-up work: config, connections, caches


@app.get("/state")
def state():
    greeting = app.config.get("state.greeting")
    return {"started": greeting is not None, "greeting": greeting}
