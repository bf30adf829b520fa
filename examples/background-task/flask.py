# Work after the response: Flask has no background tasks; call_on_close runs a function once the
# response has been sent (the worker stays busy until it returns).
import time

from flask import Flask

app = Flask(__name__)
jobs = {"done": 0}


def job():
    time.sleep(0.3)
    jobs["done"] += 1


@app.post("/jobs")
def queue_job():
    response = app.make_response(({"queued": True}, 202))
    response.call_on_close(job)
    return response


@app.get("/jobs/done")
def jobs_done():
    return jobs
