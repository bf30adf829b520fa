# Emmett has no after-response task API: the async route starts the job on the event loop and answers 202 at once.
import asyncio

from emmett import App, response
from emmett.tools import ServicePipe

app = App(__name__)
app.pipeline = [ServicePipe("json")]
DONE = {"done": 0}
RUNNING = set()  # keeps a reference so the task is not garbage-collected


async def job():
    await asyncio.sleep(0.3)
    DONE["done"] += 1


@app.route("/jobs", methods="post")
async def queue_job():
    task = asyncio.create_task(job())
    RUNNING.add(task)
    task.add_done_callback(RUNNING.discard)
    response.status = 202
    return {"queued": True}


@app.route("/jobs/done", methods="get")
async def jobs_done():
    return DONE
