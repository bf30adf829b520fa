# BackgroundTasks run after the response has been sent.
import time

from fastapi import BackgroundTasks, FastAPI

app = FastAPI()
jobs = {"done": 0}


def job():
    time.sleep(0.3)  # a plain function runs in the thread pool
    jobs["done"] += 1


@app.post("/jobs", status_code=202)
def queue_job(background_tasks: BackgroundTasks):
    background_tasks.add_task(job)
    return {"queued": True}


@app.get("/jobs/done")
def jobs_done():
    return jobs
