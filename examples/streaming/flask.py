# A generator returned as the response body is streamed chunk by chunk.
from flask import Flask

app = Flask(__name__)


@app.get("/stream")
def stream():
    def lines():
        for i in range(5):
            yield f"{i}\n"

    return lines(), {"Content-Type": "text/plain"}
