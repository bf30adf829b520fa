# Work after the response: FastAPI's BackgroundTasks, on NiceGUI's app, runs the job once the 202 is sent.
import asyncio

from fastapi import BackgroundTasks
from nicegui import app, ui

jobs = {"done": 0}


async def job():
    await asyncio.sleep(0.3)
    jobs["done"] += 1


@app.post("/jobs", status_code=202)
def queue_job(background_tasks: BackgroundTasks):
    background_tasks.add_task(job)
    return {"queued": True}


@app.get("/jobs/done")
def jobs_done():
    return jobs


if __name__ in {"__main__", "__mp_main__"}:
    ui.run()
