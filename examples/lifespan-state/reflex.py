# Startup code and app state: register_lifespan_task runs a function when Reflex's backend starts.
import reflex as rx
from fastapi import FastAPI

api = FastAPI()
state = {}


def startup():
    state["greeting"] = "hi"


@api.get("/state")
def get_state():
    return {"started": "greeting" in state, "greeting": state.get("greeting")}


app = rx.App(api_transformer=api)
app.register_lifespan_task(startup)
