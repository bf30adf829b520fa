# An app and a test that uses app.test_client from sanic-testing (run with pytest).
from sanic import Sanic
from sanic.response import json

app = Sanic("TestClient")


@app.get("/")
async def status(request):
    return json({"status": "ok"})


def test_status():
    request, response = app.test_client.get("/")
    assert response.status == 200
    assert response.json == {"status": "ok"}
