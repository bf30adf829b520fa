# An app and a test that uses Quart's own async test client (run with pytest and pytest-asyncio).
import pytest
from quart import Quart

app = Quart(__name__)


@app.get("/")
async def status():
    return {"status": "ok"}


@pytest.mark.asyncio
async def test_status():
    client = app.test_client()
    response = await client.get("/")
    assert response.status_code == 200
    assert await response.get_json() == {"status": "ok"}
