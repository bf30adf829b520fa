# A test with Starlette's TestClient, as FastHTML's docs use it, run by pytest.
from fasthtml.common import *
from starlette.testclient import TestClient

app, rt = fast_app()


@rt("/")
def get():
    return {"status": "ok"}


def test_status():
    response = TestClient(app).get("/")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


serve()
