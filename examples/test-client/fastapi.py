# A test with FastAPI's TestClient (built on HTTPX), run by pytest.
from fastapi import FastAPI
from fastapi.testclient import TestClient

app = FastAPI()


@app.get("/")
def status():
    return {"status": "ok"}


def test_status():
    response = TestClient(app).get("/")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
