# Work scheduled with add_background_task runs after the 202 response is sent.
import asyncio

from quart import Quart

app = Quart(__name__)
DONE = {"done": 0}


async def job():
    await asyncio.sleep(0.3)
    DONE["done"] += 1


@app.post("/jobs")
async def create_job():
    app.add_background_task(job)
    return {"queued": True}, 202


@app.get("/jobs/done")
async def jobs_done():
    return DONE
