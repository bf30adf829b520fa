# Request hooks time each request; the Flask-Cors extension allows one origin.
import time

from flask import Flask, g
from flask_cors import CORS

app = Flask(__name__)
CORS(app, origins=["https://example.org"])


@app.before_request
def start_timer():
    g.start = time.perf_counter()


@app.after_request
def add_process_time(response):
    response.headers["X-Process-Time"] = f"{time.perf_counter() - g.start:.6f}"
    return response


@app.get("/")
def hello():
    return "Hello, World!", {"Content-Type": "text/plain"}
