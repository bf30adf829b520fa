# Work after the response: FastAPI's BackgroundTasks on an API route; Reflex's background events serve UI state.
import asyncio

import reflex as rx
from fastapi import BackgroundTasks, FastAPI

api = FastAPI()
jobs = {"done": 0}


async def job():
    await asyncio.sleep(0.3)
    jobs["done"] += 1


@api.post("/jobs", status_code=202)
def queue_job(background_tasks: BackgroundTasks):
    background_tasks.add_task(job)
    return {"queued": True}


@api.get("/jobs/done")
def jobs_done():
    return jobs


app = rx.App(api_transformer=api)
