# A startup handler runs once before the server accepts requests and fills a global dependency.
from robyn import Robyn

app = Robyn(__file__)
state = {"started": False}
app.inject_global(state=state)


@app.startup_handler
async def startup():
    state.update(started=True, greeting="hi")


@app.get("/state")
def read_state(global_dependencies):
    return global_dependencies["state"]


if __name__ == "__main__":
    app.start()
