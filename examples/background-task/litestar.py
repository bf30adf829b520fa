# A BackgroundTask attached to the response runs after it has been sent.
import asyncio

from litestar import Litestar, Response, get, post
from litestar.background_tasks import BackgroundTask

jobs = {"done": 0}


async def job() -> None:
    await asyncio.sleep(0.3)
    jobs["done"] += 1


@post("/jobs", status_code=202)
async def queue_job() -> Response[dict]:
    return Response({"queued": True}, status_code=202, background=BackgroundTask(job))


@get("/jobs/done")
async def jobs_done() -> dict:
    return jobs


app = Litestar(route_handlers=[queue_job, jobs_done])
