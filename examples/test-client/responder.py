# A test through api.requests, Responder's built-in test client (Starlette's TestClient), run by pytest.
import responder

api = responder.API()


@api.get("/")
def status(req, resp):
    resp.media = {"status": "ok"}


def test_status():
    response = api.requests.get("/")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


app = api
