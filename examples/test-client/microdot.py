# An app and a test using microdot.test_client.TestClient, which calls the app without a server.
import asyncio

from microdot.asgi import Microdot
from microdot.test_client import TestClient

app = Microdot()


@app.get("/")
async def status(request):
    return {"status": "ok"}


def test_status():
    async def check():
        client = TestClient(app)
        response = await client.get("/")
        assert response.status_code == 200
        assert response.json == {"status": "ok"}

    asyncio.run(check())
