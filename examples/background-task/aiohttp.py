# A job spawned on aiojobs' scheduler keeps running after the 202 response is sent.
import asyncio

import aiojobs.aiohttp
from aiohttp import web

DONE = {"done": 0}


async def job():
    await asyncio.sleep(0.3)
    DONE["done"] += 1


async def create_job(request):
    await aiojobs.aiohttp.spawn(request, job())
    return web.json_response({"queued": True}, status=202)


async def jobs_done(request):
    return web.json_response(DONE)


app = web.Application()
app.router.add_post("/jobs", create_job)
app.router.add_get("/jobs/done", jobs_done)
aiojobs.aiohttp.setup(app)

if __name__ == "__main__":
    web.run_app(app)
