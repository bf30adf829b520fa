# An app and a test with CherryPy's CPWebCase helper, which starts the real server and requests pages from it.
import cherrypy
from cherrypy.test import helper


class Root:
    @cherrypy.expose
    @cherrypy.tools.json_out()
    def index(self):
        return {"status": "ok"}


app = cherrypy.tree.mount(Root(), "/")


class StatusTest(helper.CPWebCase):
    test_gc = None  # leave out the helper's own memory-leak check: only the test below runs

    @staticmethod
    def setup_server():
        cherrypy.tree.mount(Root(), "/")  # the helper starts each test class from an empty tree

    def test_status(self):
        self.getPage("/")
        self.assertStatus("200 OK")
        self.assertHeader("Content-Type", "application/json")
        self.assertBody('{"status": "ok"}')
