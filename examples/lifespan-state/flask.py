# Startup state: Flask has no lifespan hook; the app factory sets config before serving.
from flask import Flask, current_app


def create_app():
    app = Flask(__name__)
    app.config["GREETING"] = "hi"  # startup work runs here, before the first request

    @app.get("/state")
    def state():
        return {"started": True, "greeting": current_app.config["GREETING"]}

    return app


app = create_app()
