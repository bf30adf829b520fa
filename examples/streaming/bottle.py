# A callback that yields sends each chunk as it is produced, without a Content-Length.
from bottle import Bottle, response

app = Bottle()


@app.get("/stream")
def stream():
    response.content_type = "text/plain"
    for i in range(5):
        yield f"{i}\n"
