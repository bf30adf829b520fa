# Work after the response: the view returns a Starlette response carrying a BackgroundTask, which runs once the body is sent.
import time

from connexion import AsyncApp
from connexion.resolver import RelativeResolver
from starlette.background import BackgroundTask
from starlette.responses import JSONResponse

DONE = {"done": 0}
SPEC = {
    "openapi": "3.0.3",
    "info": {"title": "Jobs", "version": "1.0"},
    "paths": {
        "/jobs": {"post": {"operationId": "queue_job", "responses": {"202": {"description": "Queued"}}}},
        "/jobs/done": {"get": {"operationId": "jobs_done", "responses": {"200": {"description": "Count"}}}},
    },
}


def job():
    time.sleep(0.3)
    DONE["done"] += 1


def queue_job():
    return JSONResponse({"queued": True}, status_code=202, background=BackgroundTask(job))


def jobs_done():
    return DONE


app = AsyncApp(__name__)
app.add_api(SPEC, resolver=RelativeResolver(__name__))
