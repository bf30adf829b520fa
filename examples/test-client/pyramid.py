# An app and a functional test with WebTest's TestApp, the client Pyramid's testing chapter uses.
from pyramid.config import Configurator
from webtest import TestApp


def status(request):
    return {"status": "ok"}


with Configurator() as config:
    config.add_route("status", "/")
    config.add_view(status, route_name="status", renderer="json")
    app = config.make_wsgi_app()


def test_status():
    client = TestApp(app)
    result = client.get("/")
    assert result.status_code == 200
    assert result.json == {"status": "ok"}
