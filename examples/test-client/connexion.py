# An app and a test using app.test_client(), Connexion's wrapper around Starlette's in-process TestClient.
from connexion import AsyncApp
from connexion.resolver import RelativeResolver

SPEC = {
    "openapi": "3.0.3",
    "info": {"title": "Status", "version": "1.0"},
    "paths": {"/": {"get": {"operationId": "status", "responses": {"200": {"description": "OK"}}}}},
}


def status():
    return {"status": "ok"}


app = AsyncApp(__name__)
app.add_api(SPEC, resolver=RelativeResolver(__name__))


def test_status():
    with app.test_client() as client:
        response = client.get("/")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
