# An app and a test using panther.test.APIClient, which calls the ASGI app in-process (its methods are coroutines).
import asyncio

from panther import Panther
from panther.app import API
from panther.test import APIClient


@API()
async def status():
    return {"status": "ok"}


url_routing = {"/": status}
app = Panther(__name__, configs=__name__, urls=url_routing)


def test_status():
    response = asyncio.run(APIClient(app=app).get("/"))
    assert response.status_code == 200
    assert response.data == {"status": "ok"}
