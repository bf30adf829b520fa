# A test with Ravyn's RavynTestClient, which calls the app in-process without a server.
from ravyn import Ravyn, get
from ravyn.testclient import RavynTestClient


@get("/")
def status() -> dict:
    return {"status": "ok"}


app = Ravyn(routes=[status])


def test_status():
    client = RavynTestClient(app)
    response = client.get("/")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
