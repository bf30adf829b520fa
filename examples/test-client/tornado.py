# An app and a test written with tornado.testing.AsyncHTTPTestCase, which serves the app on a local port.
import tornado.escape
import tornado.testing
from tornado.web import Application, RequestHandler


class StatusHandler(RequestHandler):
    def get(self):
        self.write({"status": "ok"})


app = Application([(r"/", StatusHandler)])


class TestStatus(tornado.testing.AsyncHTTPTestCase):
    def get_app(self):
        return app

    def test_status(self):
        response = self.fetch("/")
        assert response.code == 200
        assert tornado.escape.json_decode(response.body) == {"status": "ok"}
