# An app and a test using app.test_client(), which calls the app in-process without a server.
from emmett import App
from emmett.tools import service

app = App(__name__)


@app.route("/", methods="get")
@service.json
async def status():
    return {"status": "ok"}


def test_status():
    client = app.test_client()
    response = client.get("/")
    assert response.status == 200
    assert response.json() == {"status": "ok"}
