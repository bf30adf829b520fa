# Robyn has no task API: the async handler starts the job with asyncio.create_task and answers at once.
import asyncio

from robyn import Response, Robyn

app = Robyn(__file__)
jobs = {"done": 0}
running = set()  # keeps the tasks referenced until they finish


async def job():
    await asyncio.sleep(0.3)
    jobs["done"] += 1


@app.post("/jobs")
async def queue_job():
    task = asyncio.create_task(job())
    running.add(task)
    task.add_done_callback(running.discard)
    return Response(status_code=202, headers={"Content-Type": "application/json"}, description='{"queued": true}')


@app.get("/jobs/done")
def jobs_done():
    return jobs


if __name__ == "__main__":
    app.start()
