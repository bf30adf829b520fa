# An app and a test using robyn.testing.TestClient, which runs the handlers in-process without a server.
from robyn import Robyn
from robyn.testing import TestClient

app = Robyn(__file__)


@app.get("/")
def status():
    return {"status": "ok"}


def test_status():
    with TestClient(app) as client:
        response = client.get("/")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
