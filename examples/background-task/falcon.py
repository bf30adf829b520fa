# In Falcon's ASGI app, resp.schedule() runs a coroutine after the response has been sent.
import asyncio

import falcon
import falcon.asgi

jobs = {"done": 0}


async def job():
    await asyncio.sleep(0.3)
    jobs["done"] += 1


class JobsResource:
    async def on_post(self, req, resp):
        resp.status = falcon.HTTP_202
        resp.media = {"queued": True}
        resp.schedule(job)


class DoneResource:
    async def on_get(self, req, resp):
        resp.media = jobs


app = falcon.asgi.App()
app.add_route("/jobs", JobsResource())
app.add_route("/jobs/done", DoneResource())
