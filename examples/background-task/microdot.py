# Work after the response: Microdot has no background-task helper; the handler starts an asyncio task on
# the server's loop, which finishes after the 202 response is sent.
import asyncio

from microdot.asgi import Microdot

app = Microdot()
jobs = {"done": 0}
running = set()  # keeps a reference to each task until it ends


async def job():
    await asyncio.sleep(0.3)
    jobs["done"] += 1


@app.post("/jobs")
async def queue_job(request):
    task = asyncio.create_task(job())
    running.add(task)
    task.add_done_callback(running.discard)
    return {"queued": True}, 202


@app.get("/jobs/done")
async def jobs_done(request):
    return jobs
