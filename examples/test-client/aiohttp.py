# An app and a test using aiohttp's test client through the aiohttp_client fixture of pytest-aiohttp.
import pytest
from aiohttp import web


async def status(request):
    return web.json_response({"status": "ok"})


app = web.Application()
app.router.add_get("/", status)


@pytest.mark.asyncio  # not needed with asyncio_mode = auto in the pytest configuration
async def test_status(aiohttp_client):
    client = await aiohttp_client(app)
    response = await client.get("/")
    assert response.status == 200
    assert await response.json() == {"status": "ok"}
