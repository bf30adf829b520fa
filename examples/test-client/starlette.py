# A test with Starlette's TestClient (built on HTTPX), run by pytest.
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route
from starlette.testclient import TestClient


async def status(request):
    return JSONResponse({"status": "ok"})


app = Starlette(routes=[Route("/", status)])


def test_status():
    response = TestClient(app).get("/")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
