# An async view (Flask 2.0+, with the async extra): Flask runs the coroutine in an event loop of its own.
import asyncio

from flask import Flask

app = Flask(__name__)


@app.route("/async")
async def async_view():
    await asyncio.sleep(0)
    return {"async": True}
