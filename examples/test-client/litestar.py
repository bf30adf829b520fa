# A test with Litestar's TestClient (built on HTTPX), run by pytest.
from litestar import Litestar, get
from litestar.testing import TestClient


@get("/")
async def status() -> dict:
    return {"status": "ok"}


app = Litestar(route_handlers=[status])


def test_status():
    with TestClient(app=app) as client:
        response = client.get("/")
        assert response.status_code == 200
        assert response.json() == {"status": "ok"}
