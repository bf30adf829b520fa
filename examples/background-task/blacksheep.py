# No task API: the handler starts an asyncio task, which finishes after the 202 response is sent.
import asyncio

from blacksheep import Application, get, json, post

app = Application()
DONE = {"done": 0}
RUNNING = set()  # keep references so running tasks are not garbage-collected


async def job():
    await asyncio.sleep(0.3)
    DONE["done"] += 1


@post("/jobs")
async def create_job():
    task = asyncio.create_task(job())
    RUNNING.add(task)
    task.add_done_callback(RUNNING.discard)
    return json({"queued": True}, status=202)


@get("/jobs/done")
async def jobs_done():
    return json(DONE)
