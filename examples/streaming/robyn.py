# StreamingResponse sends each item of a generator as it is produced.
from robyn import Robyn, StreamingResponse

app = Robyn(__file__)


@app.get("/stream")
def stream():
    def lines():
        for i in range(5):
            yield f"{i}\n"

    return StreamingResponse(lines(), media_type="text/plain")


if __name__ == "__main__":
    app.start()
