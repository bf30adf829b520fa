# An app and a test using blacksheep.testing.TestClient, which calls the app in-process (pytest-asyncio).
import pytest
from blacksheep import Application, get, json
from blacksheep.testing import TestClient

app = Application()


@get("/")
async def status():
    return json({"status": "ok"})


@pytest.mark.asyncio
async def test_status():
    await app.start()
    client = TestClient(app)
    response = await client.get("/")
    assert response.status == 200
    assert await response.json() == {"status": "ok"}
