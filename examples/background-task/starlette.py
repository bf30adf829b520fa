# A BackgroundTask attached to the response runs after it has been sent.
import asyncio

from starlette.applications import Starlette
from starlette.background import BackgroundTask
from starlette.responses import JSONResponse
from starlette.routing import Route

jobs = {"done": 0}


async def job():
    await asyncio.sleep(0.3)
    jobs["done"] += 1


async def queue_job(request):
    return JSONResponse({"queued": True}, status_code=202, background=BackgroundTask(job))


async def jobs_done(request):
    return JSONResponse(jobs)


app = Starlette(routes=[Route("/jobs", queue_job, methods=["POST"]), Route("/jobs/done", jobs_done)])
