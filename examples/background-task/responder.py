# resp.background() runs the job after the response has been sent (sync functions in the thread pool).
import time

import responder

api = responder.API()
done = {"count": 0}


def job():
    time.sleep(0.3)
    done["count"] += 1


@api.post("/jobs")
def queue_job(req, resp):
    resp.status_code = 202
    resp.media = {"queued": True}
    resp.background(job)


@api.get("/jobs/done")
def jobs_done(req, resp):
    resp.media = {"done": done["count"]}


app = api
