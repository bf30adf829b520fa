# An app and a test using NiceGUI's user simulation, whose HTTP client calls the app without a server.
import asyncio
from pathlib import Path

from nicegui import app, ui
from nicegui.testing import user_simulation


@app.get("/")
def status():
    return {"status": "ok"}


def test_status():
    async def check():
        async with user_simulation(main_file=Path(__file__)) as user:
            response = await user.http_client.get("/")
            assert response.status_code == 200
            assert response.json() == {"status": "ok"}

    asyncio.run(check())


if __name__ in {"__main__", "__mp_main__"}:
    ui.run()
