# A task added to the running loop with app.add_task finishes after the 202 response is sent.
import asyncio

from sanic import Sanic
from sanic.response import json

app = Sanic("BackgroundTask")
DONE = {"done": 0}


async def job():
    await asyncio.sleep(0.3)
    DONE["done"] += 1


@app.post("/jobs")
async def create_job(request):
    app.add_task(job())
    return json({"queued": True}, status=202)


@app.get("/jobs/done")
async def jobs_done(request):
    return json(DONE)
