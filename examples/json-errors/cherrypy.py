# error_page.404 answers unknown paths with JSON; request.error_response does the same for uncaught exceptions.
import json

import cherrypy


def not_found(status, message, traceback, version):
    cherrypy.response.headers["Content-Type"] = "application/json"
    return json.dumps({"error": "not found"})


def internal_error():
    cherrypy.response.status = 500
    cherrypy.response.headers["Content-Type"] = "application/json"
    cherrypy.response.body = json.dumps({"error": "internal error"}).encode()


class Root:
    @cherrypy.expose
    def boom(self):
        raise RuntimeError("something broke")


app = cherrypy.tree.mount(Root(), "/", {"/": {
    "error_page.404": not_found,
    "request.error_response": internal_error,
}})
