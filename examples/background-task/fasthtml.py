# A BackgroundTask returned beside the content runs after the response has been sent.
import time

from fasthtml.common import *

done = {"count": 0}


def job():
    time.sleep(0.3)
    done["count"] += 1


app, rt = fast_app()


@rt("/jobs")
def post():
    return JSONResponse({"queued": True}, status_code=202, background=BackgroundTask(job))


@rt("/jobs/done")
def get():
    return {"done": done["count"]}


serve()
