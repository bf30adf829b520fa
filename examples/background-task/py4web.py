# py4web's documented scheduler (pydal.tools.scheduler) runs an enqueued task in a worker process after the action returns.
__name__ = "apps.background_task"

import tempfile
import time

from py4web import DAL, action, response
from py4web.core import bottle
from pydal.tools.scheduler import Scheduler

folder = tempfile.mkdtemp(prefix="py4web-scheduler-")
db = DAL("sqlite://scheduler.db", folder=folder)
scheduler = Scheduler(db, sleep_time=0.2, max_concurrent_runs=1, folder=folder)
scheduler.register_task("job", lambda: time.sleep(0.3))
scheduler.start()


@action("/jobs", method="POST")
@action.uses(db)
def enqueue():
    scheduler.enqueue_run(name="job")
    response.status = 202
    return {"queued": True}


@action("/jobs/done", method="GET")
@action.uses(db)
def done():
    return {"done": db(db.task_run.status == "completed").count()}


app = bottle.default_app()
