# A BackgroundTask passed to the response runs after the response has been sent.
import asyncio

from ravyn import BackgroundTask, Ravyn, get, post
from ravyn.responses import JSONResponse

done = {"count": 0}


async def job():
    await asyncio.sleep(0.3)
    done["count"] += 1


@post("/jobs", status_code=202)
async def queue_job() -> JSONResponse:
    return JSONResponse({"queued": True}, status_code=202, background=BackgroundTask(job))


@get("/jobs/done")
async def jobs_done() -> dict:
    return {"done": done["count"]}


app = Ravyn(routes=[queue_job, jobs_done])
