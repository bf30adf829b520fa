# A callable attached to the on_end_request hook runs once the response has been sent to the client.
import threading
import time

import cherrypy

jobs = {"done": 0}
lock = threading.Lock()


def job():
    time.sleep(0.3)
    with lock:
        jobs["done"] += 1


class Jobs:
    _cp_config = {"tools.trailing_slash.on": False}  # POST /jobs is answered, not redirected to /jobs/

    @cherrypy.expose
    @cherrypy.tools.allow(methods=["POST"])
    @cherrypy.tools.json_out()
    def index(self):
        cherrypy.request.hooks.attach("on_end_request", job)
        cherrypy.response.status = 202
        return {"queued": True}

    @cherrypy.expose
    @cherrypy.tools.json_out()
    def done(self):
        return jobs


class Root:
    jobs = Jobs()


app = cherrypy.tree.mount(Root(), "/")
