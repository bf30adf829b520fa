# With BACKGROUND_TASKS on, a submitted BackgroundTask runs in Panther's own worker thread, off the request.
import time

from panther import Panther, status
from panther.app import API
from panther.background_tasks import BackgroundTask
from panther.response import Response

BACKGROUND_TASKS = True
jobs = {"done": 0}


def job():
    time.sleep(0.3)
    jobs["done"] += 1


@API(methods=["POST"])
async def queue_job():
    BackgroundTask(job).submit()
    return Response(data={"queued": True}, status_code=status.HTTP_202_ACCEPTED)


@API()
async def jobs_done():
    return jobs


url_routing = {"jobs": {"": queue_job, "done": jobs_done}}
app = Panther(__name__, configs=__name__, urls=url_routing)
